import { describe, expect, it } from 'vitest';
import type { PublicState } from '../../shared/publicState.js';
import { applyChanges } from '../../shared/reducer.js';
import { standsFileIssues } from '../../shared/standsImport.js';
import { committer, demoWithStands } from '../support/demoState.js';

const commit = committer();
const demo = () => demoWithStands(commit);
const placeOf = (state: PublicState, kind: 'stand' | 'room', refId: string) => state.floorPlan?.places.find((p) => p.kind === kind && p.refId === refId);
const exportIssues = (state: PublicState) =>
  standsFileIssues({ version: 1, stands: Object.values(state.stands), floorPlan: state.floorPlan! }, new Set(Object.keys(state.rooms)));

describe('the plan follows its stands and rooms', () => {
  it('shows a renamed stand’s new name on its place', () => {
    const before = demo();
    const stand = before.stands['digitale-doerfer']!;
    expect(placeOf(before, 'stand', stand.id)?.label).toBe(stand.name);
    const after = applyChanges(before, [
      commit({ type: 'stand:updated', audience: 'public', data: { standId: stand.id, basics: { name: 'Digitale Dörfer RLP', municipality: stand.municipality, topic: stand.topic, roomId: stand.roomId } } }),
    ]);
    expect(placeOf(after, 'stand', stand.id)?.label).toBe('Digitale Dörfer RLP');
  });

  it('keeps a label of its own when the stand is renamed', () => {
    const before = demo();
    const stand = before.stands['digitale-doerfer']!;
    const plan = before.floorPlan!;
    const own = { ...before, floorPlan: { ...plan, places: plan.places.map((p) => (p.kind === 'stand' && p.refId === stand.id ? { ...p, label: 'A1' } : p)) } };
    const after = applyChanges(own, [
      commit({ type: 'stand:updated', audience: 'public', data: { standId: stand.id, basics: { name: 'Neu', municipality: stand.municipality, topic: stand.topic, roomId: stand.roomId } } }),
    ]);
    expect(placeOf(after, 'stand', stand.id)?.label).toBe('A1');
  });

  it('shows a renamed room’s new name, and takes a removed room’s place off, so the stands export stays importable', () => {
    const before = demo();
    const room = Object.values(before.rooms).find((r) => placeOf(before, 'room', r.id)?.label === r.name)!;
    const renamed = applyChanges(before, [commit({ type: 'room:upserted', audience: 'public', data: { room: { ...room, name: 'Ratssaal' } } })]);
    expect(placeOf(renamed, 'room', room.id)?.label).toBe('Ratssaal');
    const stands = Object.values(renamed.stands).filter((s) => s.roomId === room.id);
    const emptied = applyChanges(renamed, stands.map((s) => commit({ type: 'stand:removed', audience: 'public', data: { standId: s.id, name: s.name } })));
    const removed = applyChanges(emptied, [commit({ type: 'room:removed', audience: 'public', data: { roomId: room.id } })]);
    expect(placeOf(removed, 'room', room.id)).toBeUndefined();
    expect(exportIssues(removed)).toEqual([]);
  });
});
