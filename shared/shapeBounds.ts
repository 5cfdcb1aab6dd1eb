/**
 * Zod-free, so the map and the plan editor's geometry stay off the first page's zod. The shape is
 * written out here (the stands file's schema checks it has exactly this form).
 */
type Shape =
  | { type: 'rect'; x: number; y: number; width: number; height: number }
  | { type: 'circle'; cx: number; cy: number; r: number }
  | { type: 'polygon'; points: readonly (readonly [number, number])[] };

/** The smallest box around a shape, for the check that it lies on the plan. */
export function shapeBounds(shape: Shape): { x1: number; y1: number; x2: number; y2: number } {
  if (shape.type === 'rect') return { x1: shape.x, y1: shape.y, x2: shape.x + shape.width, y2: shape.y + shape.height };
  if (shape.type === 'circle') return { x1: shape.cx - shape.r, y1: shape.cy - shape.r, x2: shape.cx + shape.r, y2: shape.cy + shape.r };
  const xs = shape.points.map(([x]) => x);
  const ys = shape.points.map(([, y]) => y);
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}
