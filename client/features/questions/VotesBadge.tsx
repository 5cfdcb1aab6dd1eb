import { tCount } from '../../i18n/i18n';

/** How many attendees want a question answered, as staff see it. */
export function VotesBadge(props: { votes: number }) {
  return (
    <span class="badge badge-votes">
      {tCount(props.votes, { one: 'qmod.votesOne', other: 'qmod.votesMany' })}
    </span>
  );
}
