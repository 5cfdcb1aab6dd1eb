import { createSignal, Show } from 'solid-js';
import { t } from '../../i18n/i18n';

/** Deleting is for good (the text leaves the database too), so it asks once more, in place. */
export function DeleteQuestionButton(props: { onDelete: () => void }) {
  const [asking, setAsking] = createSignal(false);
  return (
    <Show
      when={asking()}
      fallback={
        <button type="button" class="button button-quiet" onClick={() => setAsking(true)}>
          {t('moderation.delete')}
        </button>
      }
    >
      <span class="delete-confirm" role="group" aria-label={t('moderation.deleteConfirm')}>
        <span class="field-hint">{t('moderation.deleteConfirm')}</span>
        <button type="button" class="button button-danger" onClick={() => props.onDelete()}>
          {t('moderation.deleteForGood')}
        </button>
        <button type="button" class="button button-quiet" onClick={() => setAsking(false)}>
          {t('moderation.deleteCancel')}
        </button>
      </span>
    </Show>
  );
}
