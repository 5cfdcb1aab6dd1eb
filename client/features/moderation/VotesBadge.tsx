import { t } from '../../i18n/i18n';

/** How many attendees want a question answered, as staff see it. */
export function VotesBadge(props: { votes: number }) {
  return (
    <span class="badge badge-votes">
      {props.votes === 1 ? t('qmod.votesOne') : t('qmod.votesMany', { count: props.votes })}
    </span>
  );
}
