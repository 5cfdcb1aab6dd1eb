import { describe, expect, it } from 'vitest';
import { shouldTurn, turnPlan } from '../../client/features/map/planTurn.js';
import type { FloorPlan } from '../../shared/standsImport.js';

const plan: FloorPlan = {
  viewBox: { x: 0, y: 0, width: 1000, height: 640 },
  title: 'Plan',
  outline: [[0, 0], [1000, 0], [1000, 640]],
  places: [
    { id: 'room', kind: 'room', refId: 'r', label: 'Foyer', shape: { type: 'rect', x: 500, y: 0, width: 500, height: 400 }, labelAt: [750, 20] },
    { id: 'stand', kind: 'stand', refId: 's', label: 'Stand', shape: { type: 'rect', x: 600, y: 100, width: 100, height: 50 } },
    { id: 'round', kind: 'stand', refId: 't', label: 'Rund', shape: { type: 'circle', cx: 100, cy: 600, r: 30 } },
  ],
};

describe('a wide plan on a phone held upright (issue 16)', () => {
  it('is turned only when the phone is upright and the plan clearly wider than tall', () => {
    expect(shouldTurn(plan, true)).toBe(true);
    expect(shouldTurn(plan, false)).toBe(false);
    expect(shouldTurn({ ...plan, viewBox: { x: 0, y: 0, width: 640, height: 1000 } }, true)).toBe(false);
  });

  it('turns a quarter clockwise: the left edge on top, the top edge on the right, sizes swapped', () => {
    const turned = turnPlan(plan);
    expect(turned.viewBox).toEqual({ x: 0, y: 0, width: 640, height: 1000 });
    expect(turned.places[1]?.shape).toEqual({ type: 'rect', x: 490, y: 600, width: 50, height: 100 });
    expect(turned.places[2]?.shape).toEqual({ type: 'circle', cx: 40, cy: 100, r: 30 });
    expect(turned.outline).toEqual([[640, 0], [640, 1000], [0, 1000]]);
    expect(turned.places.map((p) => p.id)).toEqual(['room', 'stand', 'round']);
  });

  it('keeps a room’s name at its top edge, centred, as it was read before', () => {
    const room = turnPlan(plan).places[0];
    expect(room?.shape).toEqual({ type: 'rect', x: 240, y: 500, width: 400, height: 500 });
    expect(room?.labelAt).toEqual([440, 520]);
  });
});
