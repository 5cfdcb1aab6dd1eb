import { describe, expect, it } from 'vitest';
import { mergeLibrary, type LibrarySource } from '../../shared/library.js';
import { standSchema } from '../../shared/model.js';
import { projectSearch } from '../../shared/projectSearch.js';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import type { Question } from '../../shared/questions.js';

const stand = (id: string, name: string, more: Record<string, unknown> = {}) =>
  standSchema.parse({ id, name, roomId: 'foyer', municipality: 'Kaiserslautern', topic: 'Verwaltung', contact: { name: 'Erika Muster', email: 'erika@example.org' }, ...more });

let n = 0;
function question(standId: string, text: string, answer: string, more: Partial<Question> = {}): Question {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    target: { kind: 'stand', id: standId },
    text,
    authorName: 'Anna Fragesteller',
    askedAt: '2026-05-14T09:00:00.000Z',
    status: 'published',
    pinned: false,
    answered: true,
    answer: { text: answer, by: 'host', at: '2026-05-14T10:00:00.000Z' },
    votes: 0,
    faq: true,
    ...more,
  };
}

function source(slug: string, firstDay: string, stands: PublicState['stands'][string][], questions: Question[] = [], library: PublicState['library'] = {}): LibrarySource {
  const state: PublicState = {
    ...emptyState,
    stands: Object.fromEntries(stands.map((s) => [s.id, s])),
    questions: Object.fromEntries(questions.map((q) => [q.id, q])),
    library,
  };
  return { slug, name: `Netzwerktag ${slug}`, firstDay, state };
}

const terminal = stand('buergerbuero', 'Bürgerbüro ohne Wartezeit', { cost: 'Ausweisterminal: 12.000 € Anschaffung, 900 € Wartung im Jahr' });
const kita = stand('kitaportal', 'Kitaportal', { municipality: 'Landau', topic: 'Familie', description: 'Kitaplätze online anmelden' });

describe('the project library across the series', () => {
  it('is one project per stand id, with the latest profile, every date and the marked answers, newest event first', () => {
    const may = source('2026-mai', '2026-05-14', [terminal], [question('buergerbuero', 'Was kostet das Terminal?', '12.000 € einmalig.')]);
    const later = { ...terminal, description: 'Jetzt auch mit Online-Termin' };
    const nov = source('2026-nov', '2026-11-12', [later], [question('buergerbuero', 'Wie lange dauert die Einführung?', 'Drei Monate.')]);
    const [project, ...rest] = mergeLibrary([nov, may]);
    expect(rest).toEqual([]);
    expect(project!.standId).toBe('buergerbuero');
    expect(project!.profile.description).toBe('Jetzt auch mit Online-Termin');
    expect(project!.shown.map((s) => s.slug)).toEqual(['2026-mai', '2026-nov']);
    expect(project!.shown[0]).toEqual({ slug: '2026-mai', name: 'Netzwerktag 2026-mai', firstDay: '2026-05-14' });
    expect(project!.answers.map((a) => [a.eventSlug, a.answer])).toEqual([['2026-nov', 'Drei Monate.'], ['2026-mai', '12.000 € einmalig.']]);
  });

  it('holds only answered, published, marked answers, and never a name: neither the asker’s nor the contact of the day', () => {
    const questions = [
      question('buergerbuero', 'Marked', 'Yes'),
      question('buergerbuero', 'Not marked', 'No', { faq: false }),
      question('buergerbuero', 'Hidden', 'No', { status: 'hidden' }),
      question('buergerbuero', 'Merged', 'No', { mergedInto: '00000000-0000-4000-8000-000000000001' }),
      question('kitaportal', 'Other stand', 'Kita answer'),
    ];
    const library = mergeLibrary([source('2026-mai', '2026-05-14', [terminal, kita], questions)]);
    expect(library.find((p) => p.standId === 'buergerbuero')!.answers.map((a) => a.question)).toEqual(['Marked']);
    const text = JSON.stringify(library);
    expect(text).not.toContain('Anna Fragesteller');
    expect(text).not.toContain('Erika');
    expect(text).not.toContain('authorName');
  });

  it('lists the projects by name (German order)', () => {
    const library = mergeLibrary([source('2026-mai', '2026-05-14', [stand('z', 'Zukunftsdorf'), stand('a', 'Ämterlotse'), stand('b', 'Bürgerbüro')])]);
    expect(library.map((p) => p.profile.name)).toEqual(['Ämterlotse', 'Bürgerbüro', 'Zukunftsdorf']);
  });

  it('leaves out a withdrawn project; the latest word of any event counts', () => {
    const out = { withdrawn: true, at: '2026-05-15T10:00:00.000Z' };
    const back = { withdrawn: false, at: '2026-11-12T10:00:00.000Z' };
    expect(mergeLibrary([source('2026-mai', '2026-05-14', [terminal, kita], [], { buergerbuero: out })]).map((p) => p.standId)).toEqual(['kitaportal']);
    const both = [source('2026-mai', '2026-05-14', [terminal], [], { buergerbuero: out }), source('2026-nov', '2026-11-12', [terminal], [], { buergerbuero: back })];
    expect(mergeLibrary(both).map((p) => p.standId)).toEqual(['buergerbuero']);
    const outLater = [source('2026-mai', '2026-05-14', [terminal], [], { buergerbuero: { ...back, at: '2026-05-14T10:00:00.000Z' } }), source('2026-nov', '2026-11-12', [terminal], [], { buergerbuero: { ...out, at: '2026-11-12T11:00:00.000Z' } })];
    expect(mergeLibrary(outLater)).toEqual([]);
  });
});

describe('searching the library', () => {
  const library = mergeLibrary([
    source('2026-mai', '2026-05-14', [terminal, kita, stand('wlan', 'Freies WLAN', { implementation: 'Mit den Stadtwerken gebaut' })], [question('kitaportal', 'Geht das auch für Horte?', 'Ja, seit Version 2.')]),
  ]);
  const search = projectSearch(library);
  const ids = (q: string) => search.search(q).map((p) => p.standId);

  it('finds a project by a word of its cost text, typos forgiven, and with "Kosten" before it', () => {
    expect(ids('Ausweisterminl')).toEqual(['buergerbuero']);
    expect(ids('Kosten Ausweisterminl')).toEqual(['buergerbuero']);
    expect(ids('Preis Ausweisterminal')).toEqual(['buergerbuero']);
  });

  it('asks as people ask: fillers drop out, words begun count, German spellings meet', () => {
    expect(ids('Wer hat schon ein Kitaportal?')[0]).toBe('kitaportal');
    expect(ids('Kitapor')).toEqual(['kitaportal']);
    expect(ids('Buergerbuero')).toEqual(['buergerbuero']);
  });

  it('finds by municipality, implementation and library answers', () => {
    expect(ids('Landau')).toEqual(['kitaportal']);
    expect(ids('Stadtwerken')).toEqual(['wlan']);
    expect(ids('Horte')).toEqual(['kitaportal']);
  });

  it('puts a name hit before a hit in the cost text', () => {
    const both = projectSearch(mergeLibrary([source('x', '2026-05-14', [stand('a', 'Rathaus', { cost: 'Wie ein Terminal' }), stand('b', 'Terminal für alle')])]));
    expect(both.search('Terminal').map((p) => p.standId)).toEqual(['b', 'a']);
  });

  it('without words, lists every project', () => {
    expect(search.search('  ').map((p) => p.standId)).toEqual(library.map((p) => p.standId));
  });
});
