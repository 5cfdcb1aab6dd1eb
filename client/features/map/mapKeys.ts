import type { Point } from './viewport';

export type MapKeyAction = { zoom: number } | { pan: Point } | 'reset';

/** What a key does while the map has focus; `step` is how far an arrow moves, as a share of the view. */
export function keyAction(key: string, step = 0.2): MapKeyAction | null {
  const arrows: Record<string, Point> = {
    ArrowLeft: { x: -step, y: 0 },
    ArrowRight: { x: step, y: 0 },
    ArrowUp: { x: 0, y: -step },
    ArrowDown: { x: 0, y: step },
  };
  if (key === '+' || key === '=') return { zoom: 1.5 };
  if (key === '-' || key === '_') return { zoom: 1 / 1.5 };
  if (key === '0') return 'reset';
  const pan = arrows[key];
  return pan ? { pan } : null;
}
