import { boxAround, boxOf, fitShape, type PlanBox } from '../../../shared/planGeometry';
import type { FloorPlanShape } from '../../../shared/standsImport';

/** What a drag or an arrow key makes of a place's shape: the editor's preview, kept on the plan as the server keeps it. */

const round = (value: number) => Math.round(value * 10) / 10;
const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), Math.max(low, high));

export function middleOf(shape: FloorPlanShape): { x: number; y: number } {
  const box = boxOf(shape);
  return { x: round(box.x + box.width / 2), y: round(box.y + box.height / 2) };
}

/** A stand's shape with its middle at (x, y) on the plan, as `plan:place-stand` puts it. */
export function standAt(shape: FloorPlanShape, plan: PlanBox, x: number, y: number): FloorPlanShape {
  const box = boxOf(shape);
  const mx = round(clamp(x, plan.x, plan.x + plan.width));
  const my = round(clamp(y, plan.y, plan.y + plan.height));
  return fitShape(shape, boxAround(plan, box, mx, my));
}

export function standMovedBy(shape: FloorPlanShape, plan: PlanBox, dx: number, dy: number): FloorPlanShape {
  const middle = middleOf(shape);
  return standAt(shape, plan, middle.x + dx, middle.y + dy);
}

/** The smallest room the handles make: a fiftieth of the plan's shorter side. */
const smallest = (plan: PlanBox) => Math.min(plan.width, plan.height) / 50;

export function roomMovedBy(shape: FloorPlanShape, plan: PlanBox, dx: number, dy: number): FloorPlanShape {
  const box = boxOf(shape);
  const x = round(clamp(box.x + dx, plan.x, plan.x + plan.width - box.width));
  const y = round(clamp(box.y + dy, plan.y, plan.y + plan.height - box.height));
  return fitShape(shape, { ...box, x, y });
}

export function roomResizedBy(shape: FloorPlanShape, plan: PlanBox, dw: number, dh: number): FloorPlanShape {
  const box = boxOf(shape);
  const width = round(clamp(box.width + dw, smallest(plan), plan.x + plan.width - box.x));
  const height = round(clamp(box.height + dh, smallest(plan), plan.y + plan.height - box.y));
  return fitShape(shape, { ...box, width, height });
}

/** Where a place without one goes first: the middle of its room on the plan, else of the plan. */
export function firstSpot(roomShape: FloorPlanShape | undefined, plan: PlanBox): { x: number; y: number } {
  return roomShape ? middleOf(roomShape) : { x: round(plan.x + plan.width / 2), y: round(plan.y + plan.height / 2) };
}

/** A new room's first rectangle: a fifth of the plan, in its middle. */
export function firstRoomArea(plan: PlanBox): PlanBox {
  const width = round(plan.width / 5);
  const height = round(plan.height / 5);
  return { x: round(plan.x + (plan.width - width) / 2), y: round(plan.y + (plan.height - height) / 2), width, height };
}
