import { Show } from 'solid-js';
import { t, tCount } from '../../i18n/i18n';
import { myQuestions } from './myQuestions';
import { hasVoted, toggleVote } from './myVotes';

/**
 * One vote per device: pressed again, it takes the vote back. The count is the server's. One's
 * own question shows its count without a button (Slido does not let the asker vote either).
 */
export function VoteButton(props: { questionId: string; votes: number }) {
  const voted = () => hasVoted(props.questionId);
  const mine = () => myQuestions().some((question) => question.id === props.questionId);
  return (
    <Show
      when={!mine()}
      fallback={
        <p class="vote-own" data-own-question>
          <span class="vote-count">{props.votes}</span>
          <span class="vote-own-label">{tCount(props.votes, { one: 'questions.ownVotesOne', other: 'questions.ownVotes' })}</span>
        </p>
      }
    >
      <button type="button" class="vote-button" aria-pressed={voted()} onClick={() => toggleVote(props.questionId)}>
        <span class="vote-arrow" aria-hidden="true">
          ▲
        </span>
        <span class="vote-count">{props.votes}</span>
        <span class="visually-hidden"> {t(props.votes === 1 ? 'questions.voteOne' : 'questions.voteMany')}</span>
      </button>
    </Show>
  );
}
