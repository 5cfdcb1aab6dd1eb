import { For, Show } from 'solid-js';
import type { Question } from '../../../shared/questions';
import { state } from '../../sync/connection';
import { createStableOrder } from '../questions/stableOrder';
import { ModeratedQuestion } from './ModeratedQuestion';

/**
 * One group of questions (waiting, published, …). Rendered by id, so a new vote count updates a
 * card in place instead of rebuilding it (an open answer draft or the focus would be lost).
 */
export function ModerationGroup(props: { title: string; questions: Question[]; candidates: Question[]; pending?: boolean }) {
  const stable = createStableOrder(() => props.questions.map((q) => q.id));
  return (
    <Show when={stable.order().length > 0}>
      <section class="moderation-group" classList={{ 'is-pending-group': props.pending }}>
        <h3 class="section-heading">{props.title}</h3>
        <ul
          class="plain-list"
          onFocusIn={stable.handlers.onFocusIn}
          onFocusOut={stable.handlers.onFocusOut}
          onPointerEnter={stable.handlers.onPointerEnter}
          onPointerLeave={stable.handlers.onPointerLeave}
          onPointerDown={stable.handlers.onPointerDown}
          onPointerUp={stable.handlers.onPointerUp}
        >
          <For each={stable.order()}>
            {(id) => (
              <Show when={state().questions[id]}>
                {(question) => (
                  <ModeratedQuestion question={question()} mergeCandidates={props.candidates.filter((c) => c.id !== id)} />
                )}
              </Show>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
