import { describe, expect, it } from 'vitest';
import type { Change, ChangeDraft } from '../../shared/changes.js';
import { payloadSchemas } from '../../shared/commands.js';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import { applyChanges } from '../../shared/reducer.js';
import { fieldsOfPatch, keepingEdits, overwrittenEdits, unchangedBy } from '../../shared/standEdits.js';
import { standHandlers } from '../../server/stands/standHandlers.js';
import { createStandEditMarks } from '../../server/stands/standEditMarks.js';
import { standsImport } from '../../server/stands/standsImportHandler.js';
import type { HandlerOutcome } from '../../server/kernel/handler.js';
import { loadDemoEvent, loadDemoStands } from '../../server/demo/loadDemoEvent.js';

let seq = 0;
/** The server's marks of edited fields, told every change committed here (each test starts with demo(), which empties them). */
const marks = createStandEditMarks();
const commit = (draft: ChangeDraft): Change => {
  const change = { ...draft, seq: ++seq, at: '2026-05-14T08:00:00.000Z' };
  marks.project(change);
  return change;
};
/** What the preview compares: the state and the server's marks. */
const held = (state: PublicState) => ({ stands: state.stands, standContacts: state.standContacts, standEdits: marks.all() });
const context = (state: PublicState) => ({ state, actor: { role: 'organizer' as const }, commandId: 'c', now: '2026-05-14T08:00:00.000Z' });
const changesOf = (outcome: HandlerOutcome) => ('changes' in outcome ? outcome.changes : []);
const standA = 'digitale-doerfer';
const standB = 'smarte-lichtmasten';

const demo = (): PublicState => {
  marks.reset();
  const { stands, floorPlan } = loadDemoStands();
  return applyChanges(emptyState, [
    commit({ type: 'programme:loaded', audience: 'public', data: loadDemoEvent('2026-05-14') }),
    commit({ type: 'stands:imported', audience: 'public', data: { stands, floorPlan } }),
  ]);
};
const edited = (state: PublicState, raw: unknown) => {
  const outcome = standHandlers['stand:edit-profile'](payloadSchemas['stand:edit-profile'].parse(raw), context(state));
  return applyChanges(state, changesOf(outcome).map(commit));
};
const importing = (state: PublicState, raw: unknown) =>
  standsImport(marks)(payloadSchemas['stands:import'].parse(raw), context(state));
const demoFile = () => loadDemoStands();

describe('profile fields edited on screen since the last stands file', () => {
  it('are named as in the stands file, each once, per stand', () => {
    expect(fieldsOfPatch({ summary: 'a', en: { cost: 'b' }, links: [], contact: { phone: null } })).toEqual(['summary', 'en.cost', 'links', 'contact.phone']);
    const state = edited(edited(demo(), { standId: standA, summary: 'Neu' }), { standId: standA, summary: 'Neuer', partners: ['Kreis'] });
    expect(marks.all()).toEqual({ [standA]: ['summary', 'partners'] });
    // Only the server knows: no phone's state names them.
    expect(state).not.toHaveProperty('standEdits');
  });

  it('the preview lists those the file would change, with both values, and not those the file says alike', () => {
    const state = edited(demo(), { standId: standA, description: 'Vom Host.', en: { summary: 'In English' }, contact: { phone: { value: '0631 1', public: false } } });
    const same = edited(state, { standId: standB, summary: loadDemoStands().stands.find((s) => s.id === standB)?.summary ?? '' });
    const list = overwrittenEdits(held(same), loadDemoStands().stands);
    expect(list.map((edit) => [edit.standId, edit.field])).toEqual([[standA, 'description'], [standA, 'en.summary'], [standA, 'contact.phone']]);
    expect(list[0]).toMatchObject({ now: 'Vom Host.', standName: state.stands[standA]?.name });
    expect(list[2]).toMatchObject({ now: '0631 1', inFile: '' });
  });

  it('a stand the file does not bring, or one with no edits, lists nothing', () => {
    const state = edited(demo(), { standId: standA, description: 'Vom Host.' });
    expect(overwrittenEdits(held(state), loadDemoStands().stands.filter((s) => s.id !== standA))).toEqual([]);
    expect(overwrittenEdits(held(demo()), loadDemoStands().stands)).toEqual([]);
  });

  it("'keep' keeps them (and their marks, and the private contact typed); 'overwrite' takes the file's and clears the marks", () => {
    const state = edited(demo(), { standId: standA, description: 'Vom Host.', contact: { phone: { value: '0631 1', public: false } } });
    const file = { ...demoFile(), stands: demoFile().stands.map((s) => (s.id === standB ? { ...s, topic: 'Neu' } : s)) };
    const kept = applyChanges(state, changesOf(importing(state, { ...file, hostEdits: 'keep' })).map(commit));
    expect(kept.stands[standA]?.description).toBe('Vom Host.');
    expect(kept.stands[standB]?.topic).toBe('Neu');
    expect(marks.all()).toEqual({ [standA]: ['description', 'contact.phone'] });
    expect(kept.standContacts[standA]?.phone).toEqual({ value: '0631 1', public: false });
    const taken = applyChanges(state, changesOf(importing(state, { ...file, hostEdits: 'overwrite' })).map(commit));
    expect(taken.stands[standA]?.description).toBe(loadDemoStands().stands.find((s) => s.id === standA)?.description);
    expect(marks.all()).toEqual({});
    expect(taken.standContacts).toEqual({});
  });

  it('keepingEdits leaves the file alone where nothing was edited', () => {
    expect(keepingEdits(held(demo()), loadDemoStands().stands)).toEqual({ stands: loadDemoStands().stands, kept: {} });
  });

  it('a file that says what is there is no change at all, whatever the keys\' order', () => {
    const state = edited(demo(), { standId: standA, description: 'Vom Host.' });
    const stands = Object.values(state.stands).map((stand) => Object.fromEntries(Object.entries(stand).reverse()));
    expect(unchangedBy(state, payloadSchemas['stands:import'].parse({ ...demoFile(), stands }).stands, state.floorPlan)).toBe(true);
    expect(changesOf(importing(state, { ...demoFile(), stands }))).toEqual([]);
    expect(changesOf(importing(state, demoFile()))).toHaveLength(1);
  });
});
