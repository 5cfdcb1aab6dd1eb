import { describe, expect, it } from 'vitest';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import { programmeDigest } from '../../shared/programmeImport.js';
import { applyChange, applyChanges } from '../../shared/reducer.js';
import { scheduleJsonExport } from '../../server/import/scheduleJsonExport.js';
import { diffProgramme } from '../../server/import/programmeDiff.js';
import { committed, fixture, fixtureGuid, imported, programmeOf } from '../fixtures/import/importKit.js';

const xml = fixture('schedule.xml');
const base = () => imported(programmeOf('frab-xml', xml));

/** The fixture with talk 9 (Podium) half an hour later and talk 11 (Open Space) gone. */
function edited(): string {
  const moved = xml
    .replace('<date>2026-03-29T11:00:00+02:00</date>', '<date>2026-03-29T11:30:00+02:00</date>')
    .replace('<start>11:00</start>\n        <duration>01:00</duration>', '<start>11:30</start>\n        <duration>01:00</duration>');
  const start = moved.indexOf(`<event guid="${fixtureGuid(11)}"`);
  const end = moved.indexOf('</event>', start) + '</event>'.length;
  return moved.slice(0, start) + moved.slice(end);
}

describe('programme diff', () => {
  it('adds everything into an empty event, rooms before the sessions that use them', () => {
    const { diff, drafts } = diffProgramme(emptyState, programmeOf('frab-xml', xml));
    expect(diff.added).toHaveLength(12);
    expect(diff.roomsAdded.map((r) => r.id)).toEqual(['grosser-saal', 'werkstatt-ue1', 'foyer']);
    expect(diff.eventChanged).toBe(true);
    expect(drafts.map((d) => d.type).slice(0, 5)).toEqual(['event:updated', 'room:upserted', 'room:upserted', 'room:upserted', 'session:added']);
  });

  it('finds nothing to change when the same file comes again', () => {
    expect(diffProgramme(base(), programmeOf('frab-xml', xml)).drafts).toEqual([]);
  });

  it('lists exactly one moved and one removed session after a time change and a deletion, keeping every other id', () => {
    const before = base();
    const { diff, drafts } = diffProgramme(before, programmeOf('frab-xml', edited(), before));
    expect(diff.moved).toEqual([{
      id: fixtureGuid(9),
      title: 'Podium: Digitale Daseinsvorsorge auf dem Land',
      from: { startsAt: '2026-03-29T09:00:00.000Z', endsAt: '2026-03-29T10:00:00.000Z', roomId: 'grosser-saal' },
      to: { startsAt: '2026-03-29T09:30:00.000Z', endsAt: '2026-03-29T10:30:00.000Z', roomId: 'grosser-saal' },
    }]);
    expect(diff.removed).toEqual([{ id: fixtureGuid(11), title: 'Open Space' }]);
    expect([diff.added, diff.renamed, diff.cancelled, diff.reinstated, diff.detailsChanged]).toEqual([[], [], [], [], []]);
    const after = applyChanges(before, committed(drafts));
    expect(Object.keys(after.sessions).sort()).toEqual(Object.keys(before.sessions).filter((id) => id !== fixtureGuid(11)).sort());
    expect(after.sessions[fixtureGuid(9)]?.original?.startsAt).toBe('2026-03-29T09:00:00.000Z');
    expect(after.sessions[fixtureGuid(1)]).toBe(before.sessions[fixtureGuid(1)]);
  });

  it('reports renames, reinstatements and new abstracts as such', () => {
    const before = base();
    const changed = xml
      .replace('Keynote: Die Kommune als Plattform', 'Keynote: Die Kommune als Betriebssystem')
      .replace('ABGESAGT: Smarte Mülltonnen', 'Smarte Mülltonnen')
      .replace('Themen bringen die Teilnehmenden mit.', 'Themen bringen alle mit.');
    const { diff } = diffProgramme(before, programmeOf('frab-xml', changed, before));
    expect(diff.renamed).toEqual([{ id: fixtureGuid(8), title: 'Keynote: Die Kommune als Betriebssystem', from: 'Keynote: Die Kommune als Plattform' }]);
    expect(diff.reinstated.map((s) => s.id)).toEqual([fixtureGuid(3)]);
    expect(diff.detailsChanged.map((s) => s.id)).toEqual([fixtureGuid(11)]);
    expect(diff.moved).toEqual([]);
  });

  it('keeps a room id when a room of our export is renamed under the same guid', () => {
    const before = imported(programmeOf('schedule-json', fixture('schedule.json')));
    const exported = JSON.stringify(scheduleJsonExport(before, '1'));
    const renamed = exported.replaceAll('"Werkstatt Ü1"', '"Werkstatt Ü 1"');
    const { diff } = diffProgramme(before, programmeOf('schedule-json', renamed, before));
    expect(diff.roomsRenamed).toEqual([{ id: 'werkstatt-ue1', name: 'Werkstatt Ü 1', from: 'Werkstatt Ü1' }]);
    expect(diff.moved).toEqual([]);
  });
});

describe('reducer: changes an import makes', () => {
  const at = (state: PublicState, ...drafts: Parameters<typeof committed>[0]) => applyChanges(state, committed(drafts));

  it('removes a session and what was staged for it, sharing everything else', () => {
    const before = { ...base(), stage: { [fixtureGuid(2)]: 'q1', [fixtureGuid(1)]: 'q2' } };
    const after = at(before, { type: 'session:removed', audience: 'public', data: { sessionId: fixtureGuid(2) } });
    expect(after.sessions[fixtureGuid(2)]).toBeUndefined();
    expect(after.stage).toEqual({ [fixtureGuid(1)]: 'q2' });
    expect(after.sessions[fixtureGuid(1)]).toBe(before.sessions[fixtureGuid(1)]);
    expect(after.rooms).toBe(before.rooms);
    const unknown = committed([{ type: 'session:removed', audience: 'public', data: { sessionId: 'nope' } }])[0]!;
    expect(applyChange(after, unknown)).toBe(after);
  });

  it('sets details without marking a live change, and upserts rooms and the event', () => {
    const before = base();
    const after = at(
      before,
      { type: 'session:details-set', audience: 'public', data: { sessionId: fixtureGuid(1), abstract: 'Neu', speakers: ['A'], kind: 'talk' } },
      { type: 'room:upserted', audience: 'public', data: { room: { id: 'kantine', name: 'Kantine' } } },
    );
    expect(after.sessions[fixtureGuid(1)]).toMatchObject({ abstract: 'Neu', speakers: ['A'], kind: 'talk' });
    expect(after.sessions[fixtureGuid(1)]?.changedAtSeq).toBe(before.sessions[fixtureGuid(1)]?.changedAtSeq);
    expect(after.rooms['kantine']).toEqual({ id: 'kantine', name: 'Kantine' });
    expect(after.rooms['foyer']).toBe(before.rooms['foyer']);
  });
});

describe('programme digest', () => {
  it('changes with the programme and not with questions', () => {
    const state = base();
    const digest = programmeDigest(state);
    const withQuestions: PublicState = { ...state, questions: {}, stage: { x: 'y' } };
    expect(programmeDigest(withQuestions)).toBe(digest);
    const moved = at(state);
    expect(programmeDigest(moved)).not.toBe(digest);
  });
});

function at(state: PublicState): PublicState {
  return applyChanges(state, committed([{ type: 'session:renamed', audience: 'public', data: { sessionId: fixtureGuid(1), title: 'Anders' } }]));
}
