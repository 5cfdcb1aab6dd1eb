/**
 * The map's geometry, free of Solid and the DOM so it can be tested on its own. The view is the
 * SVG viewBox: zooming and panning only change these four numbers, which weak phones redraw cheaply.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}

/** Closer than 8× the whole plan shows a stand's corner, not where it is. */
export const maxZoom = 8;
/** A finger moving less than this (in CSS px) is a tap, not a drag. */
export const tapSlop = 8;

export function boxCentre(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export function zoomOf(view: Box, plan: Box): number {
  return plan.width / view.width;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Keeps the plan's proportions, between the whole plan and `maxZoom`, and never beside the plan. */
export function clampView(view: Box, plan: Box): Box {
  const width = clamp(view.width, plan.width / maxZoom, plan.width);
  const height = (width * plan.height) / plan.width;
  const centre = boxCentre(view);
  return {
    x: clamp(centre.x - width / 2, plan.x, plan.x + plan.width - width),
    y: clamp(centre.y - height / 2, plan.y, plan.y + plan.height - height),
    width,
    height,
  };
}

/** Zooms by `factor` (> 1 closer) keeping the plan point `focus` where it is on the screen. */
export function zoomAbout(view: Box, plan: Box, factor: number, focus: Point = boxCentre(view)): Box {
  const width = clamp(view.width / factor, plan.width / maxZoom, plan.width);
  const ratio = width / view.width;
  const zoomed = {
    x: focus.x - (focus.x - view.x) * ratio,
    y: focus.y - (focus.y - view.y) * ratio,
    width,
    height: view.height * ratio,
  };
  return clampView(zoomed, plan);
}

export function panBy(view: Box, plan: Box, dx: number, dy: number): Box {
  return clampView({ ...view, x: view.x + dx, y: view.y + dy }, plan);
}

/** CSS px per plan unit, and the letterbox of `preserveAspectRatio="xMidYMid meet"`. */
export function screenScale(view: Box, size: Size): { scale: number; offsetX: number; offsetY: number } {
  const scale = Math.min(size.width / view.width, size.height / view.height);
  return { scale, offsetX: (size.width - view.width * scale) / 2, offsetY: (size.height - view.height * scale) / 2 };
}

/** A point on the element (CSS px from its top left corner) in plan units. */
export function toPlan(view: Box, size: Size, point: Point): Point {
  const { scale, offsetX, offsetY } = screenScale(view, size);
  return { x: view.x + (point.x - offsetX) / scale, y: view.y + (point.y - offsetY) / scale };
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const midpoint = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/**
 * Two fingers: the view at the pinch's start, the fingers then and now (element px). The plan point
 * that was under the fingers' midpoint stays under it, scaled by how far the fingers spread.
 */
export function pinchView(start: Box, plan: Box, size: Size, from: [Point, Point], to: [Point, Point]): Box {
  const spread = distance(...to) / Math.max(distance(...from), 1);
  const anchor = toPlan(start, size, midpoint(...from));
  const width = clamp(start.width / spread, plan.width / maxZoom, plan.width);
  const height = (width * plan.height) / plan.width;
  const { scale, offsetX, offsetY } = screenScale({ ...start, width, height }, size);
  const now = midpoint(...to);
  return clampView({ x: anchor.x - (now.x - offsetX) / scale, y: anchor.y - (now.y - offsetY) / scale, width, height }, plan);
}

/** A view around a place with some room on every side, so its neighbours say where it is. */
export function fitBox(target: Box, plan: Box, margin = 1): Box {
  const aspect = plan.width / plan.height;
  const width = Math.max(target.width, target.height * aspect) * (1 + 2 * margin);
  const centre = boxCentre(target);
  return clampView({ x: centre.x - width / 2, y: centre.y - width / aspect / 2, width, height: width / aspect }, plan);
}

/** The same zoom, moved just enough that `target` is on screen (a place reached with Tab). */
export function revealBox(view: Box, plan: Box, target: Box): Box {
  const shift = (viewStart: number, viewLength: number, start: number, length: number) => {
    if (length >= viewLength) return start + length / 2 - (viewStart + viewLength / 2);
    if (start < viewStart) return start - viewStart;
    if (start + length > viewStart + viewLength) return start + length - (viewStart + viewLength);
    return 0;
  };
  const dx = shift(view.x, view.width, target.x, target.width);
  const dy = shift(view.y, view.height, target.y, target.height);
  return dx === 0 && dy === 0 ? view : panBy(view, plan, dx, dy);
}

export function sameBox(a: Box, b: Box): boolean {
  return Math.abs(a.x - b.x) < 1e-6 && Math.abs(a.y - b.y) < 1e-6 && Math.abs(a.width - b.width) < 1e-6 && Math.abs(a.height - b.height) < 1e-6;
}

/** A step of an eased glide from `a` to `b`, `t` from 0 to 1. */
export function blendBox(a: Box, b: Box, t: number): Box {
  const ease = 1 - (1 - t) ** 3;
  const mix = (p: number, q: number) => p + (q - p) * ease;
  return { x: mix(a.x, b.x), y: mix(a.y, b.y), width: mix(a.width, b.width), height: mix(a.height, b.height) };
}

export function isTap(from: Point, to: Point): boolean {
  return distance(from, to) <= tapSlop;
}
