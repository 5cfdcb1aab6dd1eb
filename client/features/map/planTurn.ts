import type { FloorPlace, FloorPlan, FloorPlanShape } from '../../../shared/standsImport';
import { boundsBox } from './placeGeometry';

/**
 * A landscape plan on a portrait phone is drawn a quarter turn clockwise, so it fills the
 * screen's height instead of a 230 px strip: as a person turns a printed plan to fit the page.
 * The places, numbers and links stay the same; only their coordinates turn, and the labels stay
 * upright because they are laid out in the turned coordinates.
 */

/** Wider than this (width / height) on a portrait screen, and the plan is turned. */
const turnAbove = 1.15;

export function shouldTurn(plan: FloorPlan, portraitPhone: boolean): boolean {
  return portraitPhone && plan.viewBox.width / plan.viewBox.height > turnAbove;
}

type Point = [number, number];

/** The plan turned a quarter clockwise: its left edge on top, its top edge on the right. */
export function turnPlan(plan: FloorPlan): FloorPlan {
  const { x, y, width, height } = plan.viewBox;
  const turn = ([px, py]: readonly [number, number]): Point => [y + height - py, px - x];
  const turnShape = (shape: FloorPlanShape): FloorPlanShape => {
    if (shape.type === 'rect') {
      const [nx, ny] = turn([shape.x, shape.y + shape.height]);
      return { type: 'rect', x: nx, y: ny, width: shape.height, height: shape.width };
    }
    if (shape.type === 'circle') {
      const [cx, cy] = turn([shape.cx, shape.cy]);
      return { type: 'circle', cx, cy, r: shape.r };
    }
    return { type: 'polygon', points: shape.points.map(turn) };
  };
  const turnPlace = (place: FloorPlace): FloorPlace => {
    const shape = turnShape(place.shape);
    return { ...place, shape, ...(place.labelAt ? { labelAt: turnedLabelAt(place, shape) } : {}) };
  };
  return {
    ...plan,
    viewBox: { x: 0, y: 0, width: height, height: width },
    places: plan.places.map(turnPlace),
    ...(plan.outline ? { outline: plan.outline.map(turn) } : {}),
  };
}

/**
 * A label point set by the plan (a room's name at its top edge) keeps its place as read: as far
 * below the top and as far across as before, not turned onto the right edge with the shape.
 */
function turnedLabelAt(place: FloorPlace, turned: FloorPlanShape): Point {
  const [lx, ly] = place.labelAt ?? [0, 0];
  const before = boundsBox(place.shape);
  const after = boundsBox(turned);
  const across = before.width > 0 ? (lx - before.x) / before.width : 0.5;
  const down = Math.min(ly - before.y, after.height / 2);
  return [after.x + across * after.width, after.y + down];
}
