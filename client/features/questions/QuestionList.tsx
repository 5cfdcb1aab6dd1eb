import { createMemo, Show } from 'solid-js';
import { visibleQuestions, type QuestionTarget } from '../../../shared/questions';
import { t, tCount } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { QuestionItem } from './QuestionItem';
import { StableQuestionList } from './StableQuestionList';

/**
 * Published questions of one session or stand: pinned first, then by votes; live. At a stand an
 * answered question moves up to the stand's answered questions, so it is not listed twice.
 */
export function QuestionList(props: { target: QuestionTarget; headingId: string }) {
  const ids = createMemo(() =>
    visibleQuestions(state().questions, props.target)
      .filter((q) => props.target.kind !== 'stand' || !q.answer)
      .map((q) => q.id),
  );
  const count = () => ids().length;

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
        <StableQuestionList class="plain-list question-list" ids={ids()}>
          {(question) => <QuestionItem question={question()} />}
        </StableQuestionList>
      </Show>
    </section>
  );
}
