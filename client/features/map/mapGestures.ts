import { isTap, panBy, pinchView, screenScale, toPlan, zoomAbout, type Box, type Point, type Size } from './viewport';

export interface GestureTarget {
  view(): Box;
  plan(): Box;
  setView(view: Box): void;
  /** A finger or the wheel takes over: any glide towards a place stops. */
  interrupt(): void;
}

type Start = { view: Box; size: Size; points: Point[] };

/**
 * Pointer events on the map's SVG: one pointer drags the plan, two pinch it about their midpoint,
 * the wheel zooms about the cursor. A pointer that moved further than a tap does not open the
 * place it started on. Returns the function that detaches everything.
 */
export function attachMapGestures(svg: SVGSVGElement, target: GestureTarget): () => void {
  const pointers = new Map<number, Point>();
  let start: Start | null = null;
  let dragged = false;

  const local = (event: { clientX: number; clientY: number }): Point => {
    const rect = svg.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };
  const size = (): Size => ({ width: svg.clientWidth || 1, height: svg.clientHeight || 1 });
  // The gesture restarts whenever a finger comes or goes, so lifting one finger of a pinch never jumps.
  const restart = () => {
    start = pointers.size > 0 ? { view: target.view(), size: size(), points: [...pointers.values()] } : null;
  };

  const capture = (pointerId: number) => {
    try {
      svg.setPointerCapture(pointerId);
    } catch {
      // The pointer already went away (a lifted finger); nothing left to capture.
    }
  };

  const onDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    // A primary pointer starts a new gesture: forget any pointer that ended off the map unseen.
    if (event.isPrimary) pointers.clear();
    if (pointers.size === 0) dragged = false;
    target.interrupt();
    pointers.set(event.pointerId, local(event));
    restart();
  };

  const onMove = (event: PointerEvent) => {
    if (!pointers.has(event.pointerId) || !start) return;
    pointers.set(event.pointerId, local(event));
    const now = [...pointers.values()];
    const [a, b] = now;
    const [from1, from2] = start.points;
    if (!a || !from1) return;
    if (!dragged && now.length === 1 && isTap(from1, a)) return;
    if (!dragged) {
      dragged = true;
      // Captured only once it is a drag: a captured tap would click the SVG, not the place.
      for (const id of pointers.keys()) capture(id);
    }
    if (b && from2) target.setView(pinchView(start.view, target.plan(), start.size, [from1, from2], [a, b]));
    else {
      const { scale } = screenScale(start.view, start.size);
      target.setView(panBy(start.view, target.plan(), (from1.x - a.x) / scale, (from1.y - a.y) / scale));
    }
  };

  const onUp = (event: PointerEvent) => {
    if (!pointers.delete(event.pointerId)) return;
    restart();
  };

  const onClick = (event: MouseEvent) => {
    if (!dragged) return;
    event.preventDefault();
    event.stopPropagation();
    dragged = false;
  };

  const onWheel = (event: WheelEvent) => {
    event.preventDefault();
    target.interrupt();
    const pixels = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * 16 : event.deltaY;
    const factor = Math.exp(-pixels * 0.002);
    const focus = toPlan(target.view(), size(), local(event));
    target.setView(zoomAbout(target.view(), target.plan(), factor, focus));
  };

  const controller = new AbortController();
  const signal = controller.signal;
  svg.addEventListener('pointerdown', onDown, { signal });
  svg.addEventListener('pointermove', onMove, { signal });
  svg.addEventListener('pointerup', onUp, { signal });
  svg.addEventListener('pointercancel', onUp, { signal });
  svg.addEventListener('click', onClick, { capture: true, signal });
  svg.addEventListener('wheel', onWheel, { passive: false, signal });
  return () => controller.abort();
}
