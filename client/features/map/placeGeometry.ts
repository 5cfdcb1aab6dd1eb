import { shapeBounds } from '../../../shared/shapeBounds';
import type { FloorPlanShape } from '../../../shared/standsImport';
import { boxCentre, type Box, type Point } from './viewport';

/** Where the plan's places are: their boxes, label points and the highlight pin's anchor. */

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
