/** A point of the plan under the pointer: the SVG's own units, whatever its size on screen. */
export function planPoint(svg: SVGSVGElement, event: { clientX: number; clientY: number }): { x: number; y: number } | null {
  const matrix = svg.getScreenCTM();
  if (!matrix) return null;
  const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
  return { x: point.x, y: point.y };
}

/**
 * Follows one pointer (mouse, finger, pen) from press to release on the element pressed: `move`
 * gets the plan point less where it was grabbed, `end` once at release (not on a cancelled touch).
 */
export function startDrag(
  event: PointerEvent,
  svg: SVGSVGElement,
  handlers: { move: (dx: number, dy: number) => void; end: (moved: boolean) => void },
): void {
  if (event.button !== 0) return;
  const from = planPoint(svg, event);
  const target = event.currentTarget;
  if (!from || !(target instanceof Element)) return;
  event.preventDefault();
  target.setPointerCapture(event.pointerId);
  let moved = false;
  const onMove = (e: PointerEvent) => {
    if (e.pointerId !== event.pointerId) return;
    const at = planPoint(svg, e);
    if (!at) return;
    moved = true;
    handlers.move(at.x - from.x, at.y - from.y);
  };
  const finish = (e: PointerEvent) => {
    if (e.pointerId !== event.pointerId) return;
    target.removeEventListener('pointermove', onMove as EventListener);
    target.removeEventListener('pointerup', finish as EventListener);
    target.removeEventListener('pointercancel', finish as EventListener);
    handlers.end(moved && e.type === 'pointerup');
  };
  target.addEventListener('pointermove', onMove as EventListener);
  target.addEventListener('pointerup', finish as EventListener);
  target.addEventListener('pointercancel', finish as EventListener);
}

/** Arrow keys as a step on the plan: a hundredth of its shorter side, five times that with Shift. */
export function arrowStep(key: string, shift: boolean, plan: { width: number; height: number }): { dx: number; dy: number } | null {
  const step = (Math.min(plan.width, plan.height) / 100) * (shift ? 5 : 1);
  const steps: Record<string, { dx: number; dy: number }> = {
    ArrowLeft: { dx: -step, dy: 0 },
    ArrowRight: { dx: step, dy: 0 },
    ArrowUp: { dx: 0, dy: -step },
    ArrowDown: { dx: 0, dy: step },
  };
  return Object.hasOwn(steps, key) ? (steps[key] ?? null) : null;
}
