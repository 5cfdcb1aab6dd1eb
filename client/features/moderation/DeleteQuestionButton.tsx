import { t } from '../../i18n/i18n';
import { ConfirmStep } from '../../forms/ConfirmStep';

/** Deleting is for good (the text leaves the database too), so it asks once more, in place. */
export function DeleteQuestionButton(props: { onDelete: () => void }) {
  return (
    <ConfirmStep
      action={t('moderation.delete')}
      question={t('moderation.deleteConfirm')}
      confirm={t('moderation.deleteForGood')}
      keep={t('moderation.deleteCancel')}
      onConfirm={() => props.onDelete()}
    />
  );
}
