import { describe, expect, it } from 'vitest';
import { payloadSchemas } from '../../shared/commands.js';
import { areaIssues, boxAround, fitShape, placedStand, pointIssues } from '../../shared/planGeometry.js';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import { applyChanges } from '../../shared/reducer.js';
import { standsFileIssues } from '../../shared/standsImport.js';
import { planEditHandlers } from '../../server/planEdit/planEditHandlers.js';
import type { HandlerOutcome } from '../../server/kernel/handler.js';
import { loadDemoEvent, loadDemoStands } from '../../server/demo/loadDemoEvent.js';
import { committer, demoWithStands } from '../support/demoState.js';

const commit = committer();
const programme = () => commit({ type: 'programme:loaded', audience: 'public', data: loadDemoEvent('2026-05-14') });
const demo = () => demoWithStands(commit);
const context = (state: PublicState) => ({ state, actor: { role: 'organizer' as const }, commandId: 'c', now: '2026-05-14T08:00:00.000Z' });
const place = (raw: unknown, state = demo()) => planEditHandlers['plan:place-stand'](payloadSchemas['plan:place-stand'].parse(raw), context(state));
const area = (raw: unknown, state = demo()) => planEditHandlers['plan:set-room-area'](payloadSchemas['plan:set-room-area'].parse(raw), context(state));
const changesOf = (outcome: HandlerOutcome) => ('changes' in outcome ? outcome.changes : []);
const after = (state: PublicState, outcome: HandlerOutcome) => applyChanges(state, changesOf(outcome).map(commit));
const placeOf = (state: PublicState, kind: 'stand' | 'room', refId: string) => state.floorPlan?.places.find((p) => p.kind === kind && p.refId === refId);
const plan = { x: 0, y: 0, width: 1000, height: 640 };

describe('where a place may go on the plan', () => {
  it('takes a stand’s middle anywhere on the plan, edges included, and nothing beside it', () => {
    expect(pointIssues(plan, 0, 0)).toEqual([]);
    expect(pointIssues(plan, 1000, 640)).toEqual([]);
    expect(pointIssues(plan, -0.5, 320).map((i) => i.path)).toEqual(['x']);
    expect(pointIssues(plan, 500, 640.5).map((i) => i.path)).toEqual(['y']);
    expect(pointIssues({ x: -50, y: 10, width: 100, height: 100 }, -50, 9).map((i) => i.path)).toEqual(['y']);
  });

  it('takes a room’s area only wholly on the plan', () => {
    expect(areaIssues(plan, { x: 0, y: 0, width: 1000, height: 640 })).toEqual([]);
    expect(areaIssues(plan, { x: 900, y: 0, width: 100.5, height: 10 }).map((i) => i.path)).toEqual(['width']);
    expect(areaIssues(plan, { x: 0, y: 600, width: 10, height: 41 }).map((i) => i.path)).toEqual(['height']);
    expect(areaIssues(plan, { x: -1, y: -1, width: 10, height: 10 }).map((i) => i.path)).toEqual(['x', 'y']);
  });

  it('refuses a size of zero or less, and a coordinate that is not a finite number, before any handler', () => {
    const schema = payloadSchemas['plan:set-room-area'];
    expect(schema.safeParse({ roomId: 'foyer', x: 0, y: 0, width: 0, height: 10 }).success).toBe(false);
    expect(schema.safeParse({ roomId: 'foyer', x: 0, y: 0, width: 10, height: -3 }).success).toBe(false);
    expect(schema.safeParse({ roomId: 'foyer', x: Number.POSITIVE_INFINITY, y: 0, width: 10, height: 10 }).success).toBe(false);
    expect(payloadSchemas['plan:place-stand'].safeParse({ standId: 'a', x: Number.NaN, y: 0 }).success).toBe(false);
    expect(payloadSchemas['plan:place-stand'].safeParse({ standId: 'a', x: '5', y: 0 }).success).toBe(false);
  });

  it('keeps a stand dropped at the edge wholly on the plan, its size unchanged', () => {
    expect(boxAround(plan, { width: 100, height: 80 }, 990, 5)).toEqual({ x: 900, y: 0, width: 100, height: 80 });
    expect(boxAround(plan, { width: 100, height: 80 }, 500, 300)).toEqual({ x: 450, y: 260, width: 100, height: 80 });
  });

  it('fits a drawn shape into a new box without making it a rectangle', () => {
    expect(fitShape({ type: 'circle', cx: 50, cy: 50, r: 10 }, { x: 100, y: 100, width: 40, height: 20 })).toEqual({ type: 'circle', cx: 120, cy: 110, r: 10 });
    const moved = fitShape({ type: 'polygon', points: [[0, 0], [10, 0], [0, 20]] }, { x: 5, y: 5, width: 20, height: 20 });
    expect(moved).toEqual({ type: 'polygon', points: [[5, 5], [25, 5], [5, 25]] });
  });
});

describe('plan:place-stand', () => {
  it('moves a stand’s shape so its middle is where it was dropped; every phone’s reducer puts it there', () => {
    const outcome = place({ standId: 'digitale-doerfer', x: 300, y: 560 });
    expect(changesOf(outcome)).toMatchObject([{ type: 'plan:stand-placed', audience: 'public' }]);
    const moved = placeOf(after(demo(), outcome), 'stand', 'digitale-doerfer');
    expect(moved?.shape).toEqual({ type: 'rect', x: 242.5, y: 512.5, width: 115, height: 95 });
    expect(moved?.id).toBe('stand-digitale-doerfer');
  });

  it('gives a stand made on screen its first place, and the plan stays importable', () => {
    const made = loadDemoStands().stands[0]!;
    let state = demo();
    state = applyChanges(state, [commit({ type: 'stand:created', audience: 'public', data: { stand: { ...made, id: 'neu', name: 'Neuer Stand' } } })]);
    expect(placeOf(state, 'stand', 'neu')).toBeUndefined();
    state = after(state, place({ standId: 'neu', x: 500, y: 560 }, state));
    expect(placeOf(state, 'stand', 'neu')).toMatchObject({ id: 'stand-neu', label: 'Neuer Stand', shape: { type: 'rect', width: 115, height: 95 } });
    const stands = Object.values(state.stands);
    expect(standsFileIssues({ version: 1, stands, floorPlan: state.floorPlan! }, new Set(Object.keys(state.rooms)))).toEqual([]);
  });

  it('begins a plan when the event has none', () => {
    const made = loadDemoStands().stands[0]!;
    let state = applyChanges(emptyState, [programme(), commit({ type: 'stand:created', audience: 'public', data: { stand: made } })]);
    state = after(state, place({ standId: made.id, x: 500, y: 375 }, state));
    expect(state.floorPlan?.viewBox).toEqual({ x: 0, y: 0, width: 1000, height: 750 });
    expect(state.floorPlan?.places).toHaveLength(1);
  });

  it('refuses a place off the plan and an unknown stand, changing nothing; a drop where it stands is no change', () => {
    expect(place({ standId: 'digitale-doerfer', x: 1001, y: 10 })).toMatchObject({ error: { code: 'invalid_command', issues: [{ path: 'x' }] } });
    expect(place({ standId: 'nirgends', x: 10, y: 10 })).toMatchObject({ error: { code: 'not_found' } });
    expect(place({ standId: 'digitale-doerfer', x: 647.5, y: 117.5 })).toEqual({ changes: [] });
  });

  it('leaves the state as it was for a place of a stand it does not know (a replay stays total)', () => {
    const state = demo();
    const change = commit({ type: 'plan:stand-placed', audience: 'public', data: { place: placedStand(state.floorPlan!, { id: 'weg', name: 'Weg' }, 10, 10) } });
    expect(applyChanges(state, [change])).toBe(state);
  });
});

describe('plan:set-room-area', () => {
  it('moves and resizes a room’s rectangle, its label carried along', () => {
    const state = after(demo(), area({ roomId: 'seminar-1', x: 30, y: 310, width: 100, height: 100 }));
    const room = placeOf(state, 'room', 'seminar-1');
    expect(room?.shape).toEqual({ type: 'rect', x: 30, y: 310, width: 100, height: 100 });
    expect(room?.labelAt).toEqual([80, 310 + (26 / 150) * 100]);
  });

  it('gives a new room a rectangle, and keeps a drawn room’s form', () => {
    let state = applyChanges(demo(), [commit({ type: 'room:upserted', audience: 'public', data: { room: { id: 'keller', name: 'Keller' } } })]);
    state = after(state, area({ roomId: 'keller', x: 10, y: 10, width: 50, height: 40 }, state));
    expect(placeOf(state, 'room', 'keller')).toEqual({ id: 'raum-keller', kind: 'room', refId: 'keller', label: 'Keller', shape: { type: 'rect', x: 10, y: 10, width: 50, height: 40 } });
    const plan = state.floorPlan!;
    const round = { ...plan, places: plan.places.map((p) => (p.refId === 'keller' ? { ...p, shape: { type: 'circle' as const, cx: 35, cy: 30, r: 20 } } : p)) };
    state = after({ ...state, floorPlan: round }, area({ roomId: 'keller', x: 100, y: 100, width: 40, height: 40 }, { ...state, floorPlan: round }));
    expect(placeOf(state, 'room', 'keller')?.shape).toEqual({ type: 'circle', cx: 120, cy: 120, r: 20 });
  });

  it('refuses an area reaching off the plan and an unknown room', () => {
    expect(area({ roomId: 'foyer', x: 900, y: 10, width: 200, height: 10 })).toMatchObject({ error: { code: 'invalid_command', issues: [{ path: 'width' }] } });
    expect(area({ roomId: 'keller', x: 10, y: 10, width: 10, height: 10 })).toMatchObject({ error: { code: 'not_found' } });
  });
});
