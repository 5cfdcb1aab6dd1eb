import { createMemo, For, Show } from 'solid-js';
import type { QuestionTarget } from '../../../shared/questions';
import { errorMessage, t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { outboxItems } from '../../sync/outbox';
import { createServerClock } from '../agenda/serverClock';
import { queuedHint } from '../offline/queuedHint';
import { AnswerBlock } from './AnswerBlock';
import { forgetQuestion, myQuestionsFor, type MyQuestion } from './myQuestions';
import { stateOf } from './myQuestionState';

function MyQuestionItem(props: { question: MyQuestion; queued: ReadonlySet<string>; now: number }) {
  const current = () => stateOf(props.question, state(), props.queued, props.now);
  const hint = () => {
    const now = current();
    switch (now.state) {
      case 'merged':
        return t('questions.state.mergedHint', { text: now.live?.text ?? '' });
      case 'sending':
        return queuedHint('questions.state.sendingHint');
      case 'submitted':
      case 'hidden':
      case 'unpublished':
        return t(`questions.state.${now.state}Hint`);
      default:
        return null;
    }
  };
  return (
    <li class="card my-question" data-my-question-id={props.question.id} data-state={current().state}>
      {/* Polite: the step from "wird gesendet" to "beantwortet" is news to the asker. */}
      <p class="my-question-state" aria-live="polite">
        <span class={`state-badge state-${current().state}`}>{t(`questions.state.${current().state}`)}</span>
        <Show when={hint()}>{(text) => <span class="field-hint">{text()}</span>}</Show>
      </p>
      <p class="question-text">{props.question.text}</p>
      <Show when={props.question.error}>
        {(code) => (
          <div class="my-question-error">
            <p class="form-error" role="alert">
              {t('questions.failed', { reason: errorMessage(code()) })}
            </p>
            <button type="button" class="button button-quiet" onClick={() => forgetQuestion(props.question.id)}>
              {t('questions.forget')}
            </button>
          </div>
        )}
      </Show>
      <Show when={current().live}>{(live) => <AnswerBlock question={live()} quiet />}</Show>
    </li>
  );
}

/** What this device asked here, newest first, with where each question stands. */
export function MyQuestions(props: { target: QuestionTarget; headingId: string }) {
  const mine = createMemo(() => [...myQuestionsFor(props.target)].reverse());
  const queued = createMemo(() => new Set(outboxItems().map((c) => c.id)));
  const now = createServerClock();
  return (
    <Show when={mine().length > 0}>
      <section class="my-questions" aria-labelledby={props.headingId}>
        <h3 id={props.headingId} class="section-heading">
          {t('questions.mine.title')}
        </h3>
        <ul class="plain-list">
          <For each={mine()}>{(question) => <MyQuestionItem question={question} queued={queued()} now={now()} />}</For>
        </ul>
      </section>
    </Show>
  );
}
