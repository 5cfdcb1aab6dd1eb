import type { FloorPlace, FloorPlan } from '../../../shared/standsImport';
import type { LabelLayout, MeasureEm } from './labelLayout';
import { boundsBox } from './placeGeometry';
import type { Box, Point } from './viewport';

/**
 * Where a room's name may go without covering the stands in it. The plan's label point (the top
 * edge, as drawn landscape) comes first; when a label there would touch a stand (the plan turned
 * on a phone leaves only a thin strip above the first row), the free strips between the stands
 * and the room's walls follow, and last the long strips beside the stands with the name running
 * along the wall, as a printed plan labels a corridor.
 */

export interface LabelSlot {
  /** The space the label's lines must fit in, in plan units (along the text, across it). */
  along: number;
  across: number;
  /** The label block's centre. */
  at: Point;
  /** Drawn a quarter turn anticlockwise, reading upwards along a wall. */
  rotated: boolean;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** For each room, the boxes of the stands standing in it: what its name must not cover. */
export function standsByRoom(plan: FloorPlan): ReadonlyMap<string, Box[]> {
  const stands = plan.places.filter((place) => place.kind === 'stand').map((place) => boundsBox(place.shape));
  const rooms = plan.places.filter((place) => place.kind === 'room');
  return new Map(rooms.map((room) => [room.id, stands.filter((stand) => boxesOverlap(stand, boundsBox(room.shape)))]));
}

/** The smallest box around all of `boxes`, cut to `within`. */
function occupied(boxes: readonly Box[], within: Box): Box | null {
  if (boxes.length === 0) return null;
  const x1 = Math.max(within.x, Math.min(...boxes.map((b) => b.x)));
  const y1 = Math.max(within.y, Math.min(...boxes.map((b) => b.y)));
  const x2 = Math.min(within.x + within.width, Math.max(...boxes.map((b) => b.x + b.width)));
  const y2 = Math.min(within.y + within.height, Math.max(...boxes.map((b) => b.y + b.height)));
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

const centre = (box: Box): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
const upright = (box: Box): LabelSlot => ({ along: box.width, across: box.height, at: centre(box), rotated: false });
const alongWall = (box: Box): LabelSlot => ({ along: box.height, across: box.width, at: centre(box), rotated: true });

/** The free strips of a room around its stands, best first; none when the stands leave no wall free. */
export function freeSlots(room: FloorPlace, stands: readonly Box[]): LabelSlot[] {
  const box = boundsBox(room.shape);
  const taken = occupied(stands, box);
  if (!taken) return [];
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  const top = { x: box.x, y: box.y, width: box.width, height: taken.y - box.y };
  const below = { x: box.x, y: taken.y + taken.height, width: box.width, height: bottom - taken.y - taken.height };
  const left = { x: box.x, y: box.y, width: taken.x - box.x, height: box.height };
  const beside = { x: taken.x + taken.width, y: box.y, width: right - taken.x - taken.width, height: box.height };
  const sides = [left, beside].filter((b) => b.width > 0).sort((a, b) => b.width - a.width);
  const strips = [top, below].filter((b) => b.height > 0);
  return [...strips.map(upright), ...sides.map(upright), ...sides.map(alongWall)];
}

/** The middle of a label's block of lines: what a turned label turns about. */
export function labelCentre(layout: LabelLayout): Point {
  return { x: layout.x, y: layout.firstY + ((layout.lines.length - 1) * layout.lineStep) / 2 };
}

/** The box a label covers on the plan, grown by `margin` on every side. */
export function labelBox(layout: LabelLayout, measure: MeasureEm, margin = 0): Box {
  const long = Math.max(...layout.lines.map((line) => measure(line))) * layout.fontSize + 2 * margin;
  const thick = layout.lines.length * layout.lineStep + 2 * margin;
  const { x, y } = labelCentre(layout);
  const [width, height] = layout.rotated ? [thick, long] : [long, thick];
  return { x: x - width / 2, y: y - height / 2, width, height };
}
