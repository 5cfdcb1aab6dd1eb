import { createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';

/** After a tap, how long the list holds still before the votes may re-sort it. */
const touchHoldMs = 2500;

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * A list order that holds still while the person is working in the list: votes re-sort the
 * questions all the time, and moving the element under the focus (or the finger) would lose it.
 * While held, new ids go to the end and removed ones drop out; on release the live order returns.
 */
export function createStableOrder(liveOrder: Accessor<readonly string[]>) {
  const [held, setHeld] = createSignal(false);
  // A finger leaves no pointer behind and the tapped button keeps the focus, so a touch hold
  // would never end: after a tap the list re-sorts once the person has paused (as Slido does).
  let release: ReturnType<typeof setTimeout> | undefined;
  const hold = () => {
    clearTimeout(release);
    setHeld(true);
  };
  onCleanup(() => clearTimeout(release));
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
      onFocusIn: hold,
      onFocusOut: (event: FocusEvent) => {
        const list = event.currentTarget;
        const next = event.relatedTarget;
        if (!(list instanceof Element) || !(next instanceof Node) || !list.contains(next)) setHeld(false);
      },
      onPointerEnter: hold,
      onPointerDown: hold,
      onPointerUp: (event: PointerEvent) => {
        if (event.pointerType === 'mouse') return;
        clearTimeout(release);
        release = setTimeout(() => setHeld(false), touchHoldMs);
      },
      onPointerLeave: (event: PointerEvent) => {
        const list = event.currentTarget;
        if (!(list instanceof Element) || !list.contains(document.activeElement)) setHeld(false);
      },
    },
  };
}
