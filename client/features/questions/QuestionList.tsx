import { For, Show } from 'solid-js';
import { visibleQuestions, type QuestionTarget } from '../../../shared/questions';
import { t, tCount } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { QuestionItem } from './QuestionItem';
import { createStableOrder } from './stableOrder';

/**
 * Published questions of one session or stand: pinned first, then by votes; live. At a stand an
 * answered question moves up to the stand's answered questions, so it is not listed twice.
 */
export function QuestionList(props: { target: QuestionTarget; headingId: string }) {
  const stable = createStableOrder(() =>
    visibleQuestions(state().questions, props.target)
      .filter((q) => props.target.kind !== 'stand' || !q.answer)
      .map((q) => q.id),
  );
  const count = () => stable.order().length;

  return (
    <section
      class="question-list-section"
      aria-labelledby={props.headingId}
      data-question-list={`${props.target.kind}:${props.target.id}`}
    >
      <h3 id={props.headingId} class="section-heading">
        {t('questions.list')}
        <Show when={count() > 0}>
          <span class="heading-count"> · {tCount(count(), { one: 'questions.listCountOne', other: 'questions.listCount' })}</span>
        </Show>
      </h3>
      <Show when={count() > 0} fallback={<p class="muted">{t('questions.empty')}</p>}>
        <ul
          class="plain-list question-list"
          onFocusIn={stable.handlers.onFocusIn}
          onFocusOut={stable.handlers.onFocusOut}
          onPointerEnter={stable.handlers.onPointerEnter}
          onPointerLeave={stable.handlers.onPointerLeave}
          onPointerDown={stable.handlers.onPointerDown}
          onPointerUp={stable.handlers.onPointerUp}
        >
          <For each={stable.order()}>
            {(id) => <Show when={state().questions[id]}>{(question) => <QuestionItem question={question()} />}</Show>}
          </For>
        </ul>
      </Show>
    </section>
  );
}
