import { For, Show, type Accessor, type JSX } from 'solid-js';
import type { Question } from '../../../shared/questions';
import { state } from '../../sync/connection';
import { createStableOrder } from './stableOrder';

/**
 * Questions in the given order, holding still while the person works in the list (focus or
 * pointer inside). Rendered by id, so a new vote count updates a card in place instead of
 * rebuilding it: an open answer draft or the focus would be lost. An item gets its question as an
 * accessor, so a changed question reaches the card it already has.
 */
export function StableQuestionList(props: { ids: readonly string[]; class: string; children: (question: Accessor<Question>) => JSX.Element }) {
  const stable = createStableOrder(() => props.ids);
  return (
    <ul
      class={props.class}
      onFocusIn={stable.handlers.onFocusIn}
      onFocusOut={stable.handlers.onFocusOut}
      onPointerEnter={stable.handlers.onPointerEnter}
      onPointerLeave={stable.handlers.onPointerLeave}
      onPointerDown={stable.handlers.onPointerDown}
      onPointerUp={stable.handlers.onPointerUp}
    >
      <For each={stable.order()}>{(id) => <Show when={state().questions[id]}>{(question) => props.children(question)}</Show>}</For>
    </ul>
  );
}
