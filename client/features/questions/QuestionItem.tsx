import { Show } from 'solid-js';
import type { Question } from '../../../shared/questions';
import { t } from '../../i18n/i18n';
import { AnswerBlock } from './AnswerBlock';
import { VoteButton } from './VoteButton';
import { questionText } from './questionText';

/** One published question as attendees see it: text, who asked, votes and the answer. */
export function QuestionItem(props: { question: Question }) {
  return (
    <li
      class="card question"
      classList={{ 'is-pinned': props.question.pinned, 'is-answered': props.question.answered }}
      data-question-id={props.question.id}
    >
      <div class="question-main">
        <div class="question-body">
          <Show when={props.question.pinned}>
            <p class="badge badge-pinned">{t('questions.pinned')}</p>
          </Show>
          <p class="question-text">{questionText(props.question)}</p>
          <p class="question-author">{props.question.authorName || t('questions.anonymous')}</p>
        </div>
        <VoteButton questionId={props.question.id} votes={props.question.votes} />
      </div>
      <AnswerBlock question={props.question} />
    </li>
  );
}
