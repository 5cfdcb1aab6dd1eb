import { Show } from 'solid-js';
import type { Question } from '../../../shared/questions';
import { StableQuestionList } from '../questions/StableQuestionList';
import { ModeratedQuestion } from './ModeratedQuestion';

/** One group of questions (waiting, published, …), in an order that holds still while worked in. */
export function ModerationGroup(props: { title: string; questions: Question[]; candidates: Question[]; pending?: boolean }) {
  return (
    <Show when={props.questions.length > 0}>
      <section class="moderation-group" classList={{ 'is-pending-group': props.pending }}>
        <h3 class="section-heading">{props.title}</h3>
        <StableQuestionList class="plain-list" ids={props.questions.map((q) => q.id)}>
          {(question) => (
            <ModeratedQuestion question={question()} mergeCandidates={props.candidates.filter((c) => c.id !== question().id)} />
          )}
        </StableQuestionList>
      </section>
    </Show>
  );
}
