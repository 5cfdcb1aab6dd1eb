import { t } from '../../i18n/i18n';
import { hasVoted, toggleVote } from './myVotes';

/** One vote per device: pressed again, it takes the vote back. The count is the server's. */
export function VoteButton(props: { questionId: string; votes: number }) {
  const voted = () => hasVoted(props.questionId);
  return (
    <button
      type="button"
      class="vote-button"
      aria-pressed={voted()}
      onClick={() => toggleVote(props.questionId)}
    >
      <span class="vote-arrow" aria-hidden="true">
        ▲
      </span>
      <span class="vote-count">{props.votes}</span>
      <span class="visually-hidden"> {t(props.votes === 1 ? 'questions.voteOne' : 'questions.voteMany')}</span>
    </button>
  );
}
