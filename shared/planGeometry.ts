import type { FieldIssue } from './errors.js';
import { limits } from './limits.js';
import type { PlanFrame, RoomArea } from './planEdit.js';
import { labelOf } from './planPlaces.js';
import { shapeBounds } from './shapeBounds.js';
import type { FloorPlace, FloorPlan, FloorPlanShape } from './standsImport.js';

/** Where the plan's places may go and what moving one makes of its shape: one rule for handlers, reducer and editor. */

export interface PlanBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A plan begun on screen: 4 : 3, the shape of most exported floor plans and photos. */
export function newPlanFrame(venue: string | undefined): PlanFrame {
  return { viewBox: { x: 0, y: 0, width: 1000, height: 750 }, title: venue?.trim() || 'Lageplan' };
}

export function boxOf(shape: FloorPlanShape): PlanBox {
  const b = shapeBounds(shape);
  return { x: b.x1, y: b.y1, width: b.x2 - b.x1, height: b.y2 - b.y1 };
}

const outside = (path: string, from: number, to: number): FieldIssue => ({ path, message: `must lie on the plan, from ${from} to ${to}` });

/** A stand's middle: on the plan, edges included. */
export function pointIssues(plan: PlanBox, x: number, y: number): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (x < plan.x || x > plan.x + plan.width) issues.push(outside('x', plan.x, plan.x + plan.width));
  if (y < plan.y || y > plan.y + plan.height) issues.push(outside('y', plan.y, plan.y + plan.height));
  return issues;
}

/** A room's area: wholly on the plan, as the stands file requires of every place. */
export function areaIssues(plan: PlanBox, area: RoomArea): FieldIssue[] {
  const issues = pointIssues(plan, area.x, area.y);
  if (area.x + area.width > plan.x + plan.width) issues.push({ path: 'width', message: `reaches past the plan's right edge (${plan.x + plan.width})` });
  if (area.y + area.height > plan.y + plan.height) issues.push({ path: 'height', message: `reaches past the plan's bottom edge (${plan.y + plan.height})` });
  return issues;
}

/** The same shape fitted into another box: moved, and stretched when the box's size differs. */
export function fitShape(shape: FloorPlanShape, to: PlanBox): FloorPlanShape {
  if (shape.type === 'rect') return { type: 'rect', ...to };
  if (shape.type === 'circle') return { type: 'circle', cx: to.x + to.width / 2, cy: to.y + to.height / 2, r: Math.min(to.width, to.height) / 2 };
  const from = boxOf(shape);
  const scaleX = from.width > 0 ? to.width / from.width : 1;
  const scaleY = from.height > 0 ? to.height / from.height : 1;
  return { type: 'polygon', points: shape.points.map(([x, y]) => [to.x + (x - from.x) * scaleX, to.y + (y - from.y) * scaleY] as [number, number]) };
}

/** A label point carried along with its place's box. */
function carriedLabel(labelAt: [number, number] | undefined, from: PlanBox, to: PlanBox): [number, number] | undefined {
  if (!labelAt) return undefined;
  const along = (value: number, start: number, size: number, toStart: number, toSize: number) => toStart + (size > 0 ? ((value - start) / size) * toSize : 0);
  return [along(labelAt[0], from.x, from.width, to.x, to.width), along(labelAt[1], from.y, from.height, to.y, to.height)];
}

/** A box of this size with its middle at (x, y), pushed back wholly onto the plan. */
export function boxAround(plan: PlanBox, size: { width: number; height: number }, x: number, y: number): PlanBox {
  const width = Math.min(size.width, plan.width);
  const height = Math.min(size.height, plan.height);
  const clamp = (value: number, start: number, room: number) => Math.min(Math.max(value, start), start + room);
  return { x: clamp(x - width / 2, plan.x, plan.width - width), y: clamp(y - height / 2, plan.y, plan.height - height), width, height };
}

/** A new stand's size: that of the plan's first stand, else a tenth of the plan's shorter side. */
function newStandSize(plan: FloorPlan): { width: number; height: number } {
  const first = plan.places.find((place) => place.kind === 'stand');
  if (first) return boxOf(first.shape);
  const side = Math.min(plan.viewBox.width, plan.viewBox.height) / 10;
  return { width: side, height: side };
}

/** A place id not yet on the plan ("stand-digitale-doerfer", else with a number). */
function freePlaceId(plan: FloorPlan, prefix: string, refId: string): string {
  const taken = new Set(plan.places.map((place) => place.id));
  const base = `${prefix}-${refId}`.slice(0, limits.id);
  let n = 1;
  while (taken.has(candidate(base, n))) n++;
  return candidate(base, n);
}

const candidate = (base: string, n: number) => (n === 1 ? base : `${base.slice(0, limits.id - String(n).length - 1)}-${n}`);

/** The stand's place with its middle at (x, y): its shape kept, moved wholly onto the plan. */
export function placedStand(plan: FloorPlan, stand: { id: string; name: string }, x: number, y: number): FloorPlace {
  const current = plan.places.find((place) => place.kind === 'stand' && place.refId === stand.id);
  const from = current ? boxOf(current.shape) : undefined;
  const to = boxAround(plan.viewBox, from ?? newStandSize(plan), x, y);
  if (!current || !from) return { id: freePlaceId(plan, 'stand', stand.id), kind: 'stand', refId: stand.id, label: labelOf(stand.name), shape: { type: 'rect', ...to } };
  const labelAt = carriedLabel(current.labelAt, from, to);
  return { ...current, label: labelOf(stand.name), shape: fitShape(current.shape, to), ...(labelAt ? { labelAt } : {}) };
}

/** The room's place in this area: a new room gets a rectangle, a drawn one keeps its form. */
export function roomInArea(plan: FloorPlan, room: { id: string; name: string }, area: RoomArea): FloorPlace {
  const current = plan.places.find((place) => place.kind === 'room' && place.refId === room.id);
  if (!current) return { id: freePlaceId(plan, 'raum', room.id), kind: 'room', refId: room.id, label: labelOf(room.name), shape: { type: 'rect', ...area } };
  const labelAt = carriedLabel(current.labelAt, boxOf(current.shape), area);
  return { ...current, shape: fitShape(current.shape, area), ...(labelAt ? { labelAt } : {}) };
}

/** The plan with this place put in (replacing the one with its id, else added at the end). */
export function withPlace(plan: FloorPlan, place: FloorPlace): FloorPlan {
  const at = plan.places.findIndex((p) => p.id === place.id);
  const places = at < 0 ? [...plan.places, place] : plan.places.map((p, i) => (i === at ? place : p));
  return { ...plan, places };
}
