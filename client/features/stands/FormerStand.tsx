import { Show } from 'solid-js';
import { own } from '../../../shared/records';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { StandFaq } from './StandFaq';

/** A stand the organizer removed: its name and its answered questions stay readable. */
export function FormerStand(props: { standId: string }) {
  const name = () => own(state().formerStands, props.standId);
  return (
    <Show when={name()} fallback={<p class="notice">{t('stands.notFound')}</p>}>
      {(former) => (
        <>
          <p class="notice">{t('standPage.removed')}</p>
          <h1 class="stand-title">{t('standPage.removedAnswers', { name: former() })}</h1>
          <StandFaq standId={props.standId} />
        </>
      )}
    </Show>
  );
}
