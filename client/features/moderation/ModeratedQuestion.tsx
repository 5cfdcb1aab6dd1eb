import { Show } from 'solid-js';
import type { Question } from '../../../shared/questions';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { AnswerForm } from '../host/AnswerForm';
import { AnswerBlock } from '../questions/AnswerBlock';
import { QuestionActions } from './QuestionActions';
import { VotesBadge } from '../questions/VotesBadge';
import { questionText } from '../questions/questionText';

/** One question on the moderation page, in any status; its text is user text, shown as text. */
export function ModeratedQuestion(props: { question: Question; mergeCandidates: Question[]; context?: string }) {
  const onStage = () => {
    const target = props.question.target;
    return target.kind === 'session' && state().stage[target.id] === props.question.id;
  };
  return (
    <li
      class="card moderated-question"
      classList={{
        'is-pending': props.question.status === 'pending',
        'is-hidden': props.question.status === 'hidden',
        'is-on-stage': onStage(),
      }}
      data-question-id={props.question.id}
      data-status={props.question.status}
    >
      <Show when={props.context}>
        <p class="inbox-where">{props.context}</p>
      </Show>
      <p class="question-badges">
        <VotesBadge votes={props.question.votes} />
        <Show when={props.question.pinned}>
          <span class="badge badge-pinned">{t('questions.pinned')}</span>
        </Show>
        <Show when={onStage()}>
          <span class="badge badge-stage">{t('qmod.onStage')}</span>
        </Show>
        <Show when={props.question.answered}>
          <span class="badge badge-answered">{t('qmod.answered')}</span>
        </Show>
      </p>
      <p class="question-text">{questionText(props.question)}</p>
      <p class="question-author">{props.question.authorName || t('questions.anonymous')}</p>
      <AnswerBlock question={props.question} quiet />
      <Show
        when={props.question.mergedInto}
        fallback={<QuestionActions question={props.question} mergeCandidates={props.mergeCandidates} />}
      >
        {(intoId) => <p class="field-hint">{t('qmod.mergedInto', { text: state().questions[intoId()]?.text ?? '' })}</p>}
      </Show>
      <Show when={props.question.status !== 'hidden' && !props.question.mergedInto}>
        <details class="answer-details">
          <summary>{t('qmod.answer')}</summary>
          <AnswerForm question={props.question} />
        </details>
      </Show>
    </li>
  );
}
