import { describe, expect, it } from 'vitest';
import { placedStand } from '../../shared/planGeometry.js';
import type { FloorPlan, FloorPlanShape } from '../../shared/standsImport.js';
import { arrowStep } from '../../client/features/planEditor/planDrag.js';
import { firstRoomArea, middleOf, roomMovedBy, roomResizedBy, standAt, standMovedBy } from '../../client/features/planEditor/planMoves.js';

const viewBox = { x: 0, y: 0, width: 1000, height: 640 };
const stand: FloorPlanShape = { type: 'rect', x: 590, y: 70, width: 115, height: 95 };
const plan: FloorPlan = { viewBox, title: 'Halle', places: [{ id: 'stand-a', kind: 'stand', refId: 'a', label: 'A', shape: stand }] };

describe('the editor’s preview of a move', () => {
  it('shows a stand where the server will put it, also when dropped past the edge', () => {
    for (const [x, y] of [[300, 560], [1000, 0], [3, 639.9]] as const) {
      expect(standAt(stand, viewBox, x, y)).toEqual(placedStand(plan, { id: 'a', name: 'A' }, x, y).shape);
    }
  });

  it('keeps a dragged stand’s middle on the plan, and the middle it sends is the one shown', () => {
    const moved = standMovedBy(stand, viewBox, 5000, -5000);
    expect(middleOf(moved)).toEqual({ x: 942.5, y: 47.5 });
    expect(moved).toEqual({ type: 'rect', x: 885, y: 0, width: 115, height: 95 });
  });

  it('moves a room no further than the plan’s edge and resizes it between a fiftieth of the plan and the edge', () => {
    const room: FloorPlanShape = { type: 'rect', x: 440, y: 20, width: 540, height: 430 };
    expect(roomMovedBy(room, viewBox, 100, -100)).toEqual({ type: 'rect', x: 460, y: 0, width: 540, height: 430 });
    expect(roomResizedBy(room, viewBox, 100, 500)).toEqual({ type: 'rect', x: 440, y: 20, width: 560, height: 620 });
    expect(roomResizedBy(room, viewBox, -1000, -1000)).toEqual({ type: 'rect', x: 440, y: 20, width: 12.8, height: 12.8 });
  });

  it('moves a drawn room as it is: a circle stays a circle', () => {
    expect(roomMovedBy({ type: 'circle', cx: 500, cy: 560, r: 45 }, viewBox, -10, 10)).toEqual({ type: 'circle', cx: 490, cy: 570, r: 45 });
  });

  it('steps a hundredth of the plan’s shorter side per arrow key, five with Shift, and ignores other keys', () => {
    expect(arrowStep('ArrowRight', false, viewBox)).toEqual({ dx: 6.4, dy: 0 });
    expect(arrowStep('ArrowUp', true, viewBox)).toEqual({ dx: 0, dy: -32 });
    expect(arrowStep('Enter', false, viewBox)).toBeNull();
  });

  it('draws a new room in the middle of the plan, a fifth of its size', () => {
    expect(firstRoomArea(viewBox)).toEqual({ x: 400, y: 256, width: 200, height: 128 });
  });
});
