import { shapeBounds, type FloorPlanShape } from '../../../shared/standsImport';

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

export function boundsBox(shape: FloorPlanShape): Box {
  const b = shapeBounds(shape);
  return { x: b.x1, y: b.y1, width: b.x2 - b.x1, height: b.y2 - b.y1 };
}

/** Where a label sits when the plan does not say: a polygon's centroid, else the middle. */
export function shapeCentre(shape: FloorPlanShape): Point {
  if (shape.type === 'rect') return { x: shape.x + shape.width / 2, y: shape.y + shape.height / 2 };
  if (shape.type === 'circle') return { x: shape.cx, y: shape.cy };
  let area = 0;
  let cx = 0;
  let cy = 0;
  shape.points.forEach(([x1, y1], i) => {
    const [x2, y2] = shape.points[(i + 1) % shape.points.length] ?? [x1, y1];
    const cross = x1 * y2 - x2 * y1;
    area += cross;
    cx += (x1 + x2) * cross;
    cy += (y1 + y2) * cross;
  });
  // A degenerate polygon (all points on a line) has no centroid; its box still has a middle.
  if (Math.abs(area) < 1e-9) return boxCentre(boundsBox(shape));
  return { x: cx / (3 * area), y: cy / (3 * area) };
}

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

/**
 * Where the highlight pin's tip goes: on the top edge with the pin above the place, on the bottom
 * edge pointing up when the plan ends above it, and inside as a last resort, so it is never cut off.
 */
export function markerAnchor(place: Box, plan: Box, pinHeight: number): Point & { up: boolean } {
  const x = place.x + place.width / 2;
  if (place.y - pinHeight >= plan.y) return { x, y: place.y, up: false };
  const bottom = place.y + place.height;
  if (bottom + pinHeight <= plan.y + plan.height) return { x, y: bottom, up: true };
  return { x, y: Math.min(bottom, plan.y + pinHeight), up: false };
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
