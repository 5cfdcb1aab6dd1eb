import { createMemo, For, Show } from 'solid-js';
import type { Question } from '../../../shared/questions';
import { t, tCount } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { AnswerBlock } from '../questions/AnswerBlock';
import { myQuestions } from '../questions/myQuestions';
import { faqOf, markedFaqOf } from './standView';

/** Answered questions as a list of questions that open to their answer; the asker's name is never shown. */
function AnsweredList(props: { id: string; title: string; questions: Question[] }) {
  return (
    <Show when={props.questions.length > 0}>
      <section class="stand-faq" aria-labelledby={props.id} data-faq-list={props.id}>
        <h2 id={props.id}>{props.title}</h2>
        <For each={props.questions}>
          {(question) => (
            <details class="faq-item" data-faq-id={question.id}>
              <summary class="faq-question">{question.text}</summary>
              <AnswerBlock question={question} quiet />
            </details>
          )}
        </For>
      </section>
    </Show>
  );
}

/**
 * "Häufige Fragen" first (marked by the host or a moderator), then the stand's other answered
 * questions, collapsed to their question so the page stays short. One's own are left out:
 * "Meine Fragen" shows them with their answer already.
 */
export function StandFaq(props: { standId: string }) {
  const notMine = (questions: Question[]) => {
    const mine = new Set(myQuestions().map((question) => question.id));
    return questions.filter((question) => !mine.has(question.id));
  };
  const marked = createMemo(() => notMine(markedFaqOf(state(), props.standId)));
  const others = createMemo(() => notMine(faqOf(state(), props.standId).filter((question) => !question.faq)));
  return (
    <>
      <AnsweredList id="stand-faq-marked" title={t('standPage.faq')} questions={marked()} />
      <AnsweredList id="stand-faq-title" title={tCount(others().length, { one: 'stands.answeredOne', other: 'stands.answered' })} questions={others()} />
    </>
  );
}
