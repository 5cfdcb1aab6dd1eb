import { describe, expect, it } from 'vitest';
import { estimateEm, layoutLabel } from '../../client/features/map/labelLayout.js';
import { boxesOverlap, labelBox, standsByRoom } from '../../client/features/map/labelSlots.js';
import { boundsBox } from '../../client/features/map/placeGeometry.js';
import { turnPlan } from '../../client/features/map/planTurn.js';
import { loadDemoStands } from '../../server/demo/loadDemoEvent.js';
import type { FloorPlan } from '../../shared/standsImport.js';

const demo = loadDemoStands().floorPlan;
if (!demo) throw new Error('the demo has a floor plan');
const turned = turnPlan(demo);

/** CSS px per plan unit of the whole plan: the turned plan at 390 × 844, 320 × 844 and 320 × 640, and zoomed in. */
const phoneScales = [390 / 640, 538 / 1000, 498 / 1000, 334 / 1000, 0.8, 1.2, 2, 4];
const deskScales = [0.36, 0.5, 0.7, 1, 2];

/** Every room label drawn at `scale`, with the boxes of all the plan's stands. */
function roomLabels(plan: FloorPlan, scale: number) {
  const standsIn = standsByRoom(plan);
  const stands = plan.places.filter((p) => p.kind === 'stand').map((p) => boundsBox(p.shape));
  return plan.places
    .filter((p) => p.kind === 'room')
    .map((room) => ({ room, stands, layout: layoutLabel(room, scale, estimateEm, undefined, standsIn.get(room.id)) }));
}

describe('room names on the venue map keep off the stands', () => {
  it('the Foyer’s name on the turned demo plan covers no stand at any zoom of a phone held upright', () => {
    for (const scale of phoneScales) {
      for (const { room, stands, layout } of roomLabels(turned, scale)) {
        if (!layout) continue;
        const box = labelBox(layout, estimateEm);
        const hit = stands.find((stand) => boxesOverlap(box, stand));
        expect(hit, `${room.id} at ${scale}: ${layout.lines.join(' / ')}`).toBeUndefined();
        // Inside its own room.
        const own = boundsBox(room.shape);
        expect(box.x, room.id).toBeGreaterThanOrEqual(own.x);
        expect(box.y, room.id).toBeGreaterThanOrEqual(own.y);
        expect(box.x + box.width, room.id).toBeLessThanOrEqual(own.x + own.width);
        expect(box.y + box.height, room.id).toBeLessThanOrEqual(own.y + own.height);
      }
    }
  });

  it('still names the Foyer on the phone, in full, running along the wall beside the stands', () => {
    const foyer = roomLabels(turned, 538 / 1000).find(({ room }) => room.id === 'raum-foyer')?.layout;
    expect(foyer?.lines).toEqual(['Foyer – Markt der Projekte']);
    expect(foyer?.rotated).toBe(true);
    expect((foyer?.fontSize ?? 0) * 0.538).toBeCloseTo(14);
    // Zoomed in, the strip above the first row is tall enough for the name upright.
    expect(roomLabels(turned, 2).find(({ room }) => room.id === 'raum-foyer')?.layout?.rotated).toBe(false);
    // Every room keeps a name at the smallest phone's whole-plan zoom.
    for (const { room, layout } of roomLabels(turned, 334 / 1000)) expect(layout, room.id).not.toBeNull();
  });

  it('keeps the plan as drawn upright and at its label points on a wide screen, clear of the stands', () => {
    for (const scale of deskScales) {
      for (const { room, stands, layout } of roomLabels(demo, scale)) {
        if (!layout) continue;
        expect(layout.rotated, `${room.id} at ${scale}`).toBe(false);
        expect(stands.some((stand) => boxesOverlap(labelBox(layout, estimateEm), stand)), `${room.id} at ${scale}`).toBe(false);
        // From half a px per unit up (a laptop, a phone held sideways) every name stays at its point.
        if (room.labelAt && scale >= 0.5) expect(layout.firstY + ((layout.lines.length - 1) * layout.lineStep) / 2).toBeCloseTo(room.labelAt[1]);
      }
    }
  });
});
