import { createMemo, createSignal, type Accessor } from 'solid-js';

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * A list order that holds still while the person is working in the list: votes re-sort the
 * questions all the time, and moving the element under the focus (or the finger) would lose it.
 * While held, new ids go to the end and removed ones drop out; on release the live order returns.
 */
export function createStableOrder(liveOrder: Accessor<readonly string[]>) {
  const [held, setHeld] = createSignal(false);
  // Its own memo, so a new vote count that leaves the order as it was changes nothing downstream.
  const ids = createMemo(liveOrder, [], { equals: sameIds });
  const order = createMemo<readonly string[]>(
    (previous) => {
      const live = ids();
      if (!held()) return live;
      const present = new Set(live);
      const kept = previous.filter((id) => present.has(id));
      const known = new Set(kept);
      return [...kept, ...live.filter((id) => !known.has(id))];
    },
    [],
    { equals: sameIds },
  );
  return {
    order,
    /** For the list element: focus or pointer inside holds the order. */
    handlers: {
      onFocusIn: () => setHeld(true),
      onFocusOut: (event: FocusEvent) => {
        const list = event.currentTarget;
        const next = event.relatedTarget;
        if (!(list instanceof Element) || !(next instanceof Node) || !list.contains(next)) setHeld(false);
      },
      onPointerEnter: () => setHeld(true),
      onPointerLeave: (event: PointerEvent) => {
        const list = event.currentTarget;
        if (!(list instanceof Element) || !list.contains(document.activeElement)) setHeld(false);
      },
    },
  };
}
