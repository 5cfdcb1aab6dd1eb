import { describe, expect, it } from 'vitest';
import { payloadSchemas } from '../../shared/commands.js';
import type { PublicState } from '../../shared/publicState.js';
import { applyChange, applyChanges } from '../../shared/reducer.js';
import type { Actor } from '../../shared/roles.js';
import type { QuestionTarget } from '../../shared/questions.js';
import { applyProfilePatch, contactFormValues, profileFilled, profilePatchOf } from '../../shared/standProfileEdit.js';
import { standHandlers } from '../../server/stands/standHandlers.js';
import { faqHandlers } from '../../server/questions/faqHandler.js';
import type { HandlerOutcome } from '../../server/kernel/handler.js';
import { loadDemoStands } from '../../server/demo/loadDemoEvent.js';
import { committer, demoWithStands } from '../support/demoState.js';

const commit = committer();
const demo = () => demoWithStands(commit);
const standA = 'digitale-doerfer';
const standB = 'smarte-lichtmasten';
const hostOfA: Actor = { role: 'host', standId: standA };
const organizer: Actor = { role: 'organizer' };

function edit(state: PublicState, actor: Actor, raw: unknown): HandlerOutcome {
  const payload = payloadSchemas['stand:edit-profile'].parse(raw);
  return standHandlers['stand:edit-profile'](payload, { state, actor, commandId: 'c', now: '2026-05-14T08:00:00.000Z' });
}
const changesOf = (outcome: HandlerOutcome) => ('changes' in outcome ? outcome.changes : []);
const after = (state: PublicState, outcome: HandlerOutcome, audiences: (a: string) => boolean) =>
  applyChanges(state, changesOf(outcome).filter((c) => audiences(c.audience)).map(commit));

describe('a stand profile edit', () => {
  const phone = { value: '0631 365 0', public: false };
  const email = { value: 'dorf@example.org', public: true };

  it('sends attendees the texts and only the contact fields ticked public', () => {
    const patch = profilePatchOf(payloadSchemas['stand:edit-profile'].parse({ standId: standA, summary: 'Kurz', contact: { phone, email } }));
    expect(patch).toEqual({ summary: 'Kurz', contact: { phone: null, email: 'dorf@example.org' } });
  });

  it('keeps a contact field that is not public off the attendees’ state, and on the host’s', () => {
    const state = demo();
    const outcome = edit(state, hostOfA, { standId: standA, contact: { phone, email } });
    const attendees = after(state, outcome, (a) => a === 'public');
    const host = after(state, outcome, (a) => a === 'public' || a === `stand:${standA}`);
    expect(JSON.stringify(attendees)).not.toContain('0631 365 0');
    expect(attendees.stands[standA]?.contact.email).toBe('dorf@example.org');
    expect(host.standContacts[standA]?.phone).toEqual(phone);
    expect(changesOf(outcome).find((c) => c.type === 'stand:contact-edited')?.audience).toBe(`stand:${standA}`);
  });

  it('takes a field off attendees’ phones when the host unticks it', () => {
    const state = after(demo(), edit(demo(), hostOfA, { standId: standA, contact: { phone: { ...phone, public: true } } }), () => true);
    expect(state.stands[standA]?.contact.phone).toBe('0631 365 0');
    const unticked = after(state, edit(state, hostOfA, { standId: standA, contact: { phone } }), (a) => a === 'public');
    expect(unticked.stands[standA]?.contact.phone).toBeUndefined();
  });

  it('changes only the fields it carries: two editors of one stand keep each other’s fields, the later save of a field wins', () => {
    let state = demo();
    const before = state.stands[standA]!;
    state = after(state, edit(state, hostOfA, { standId: standA, summary: 'Erste', en: { summary: 'First' } }), () => true);
    state = after(state, edit(state, organizer, { standId: standA, cost: '20.000 €', en: { cost: '20,000 €' } }), () => true);
    state = after(state, edit(state, organizer, { standId: standA, summary: 'Zweite' }), () => true);
    const stand = state.stands[standA]!;
    expect(stand).toMatchObject({ summary: 'Zweite', cost: '20.000 €', en: { summary: 'First', cost: '20,000 €' } });
    expect(stand.description).toBe(before.description);
    expect(stand.name).toBe(before.name);
  });

  it('refuses a host editing another stand, and an unknown stand, changing nothing', () => {
    expect(edit(demo(), hostOfA, { standId: standB, summary: 'Fremd' })).toMatchObject({ error: { code: 'forbidden' } });
    expect(edit(demo(), organizer, { standId: 'nirgends', summary: 'x' })).toMatchObject({ error: { code: 'not_found' } });
  });

  it('refuses an edit that changes nothing, a javascript: link and an address that is not one', () => {
    const schema = payloadSchemas['stand:edit-profile'];
    expect(schema.safeParse({ standId: standA }).success).toBe(false);
    expect(schema.safeParse({ standId: standA, links: [{ label: 'x', url: 'javascript:alert(1)' }] }).success).toBe(false);
    expect(schema.safeParse({ standId: standA, contact: { email: { value: 'kein-at', public: true } } }).success).toBe(false);
    expect(schema.safeParse({ standId: standA, contact: { email: { value: '', public: false } } }).success).toBe(true);
    expect(schema.safeParse({ standId: standA, summary: 'x'.repeat(201) }).success).toBe(false);
  });

  it('fills the host’s contact form from what they typed, else from what attendees see', () => {
    const stand = demo().stands[standA]!;
    const values = contactFormValues({ ...stand, contact: { name: 'Frau Dorf' } }, { phone });
    expect(values).toEqual({ name: { value: 'Frau Dorf', public: true }, email: { value: '', public: false }, phone, url: { value: '', public: false } });
  });

  it('counts a profile as filled once it says what the project is', () => {
    const stand = { ...demo().stands[standA]!, description: '', summary: undefined };
    expect(profileFilled(stand)).toBe(false);
    expect(profileFilled(applyProfilePatch(stand, { summary: 'Ein Dorf, eine App' }))).toBe(true);
  });
});

describe('the organizer’s stands', () => {
  const context = (state: PublicState) => ({ state, actor: organizer, commandId: 'c', now: '2026-05-14T08:00:00.000Z' });
  const runs = {
    'stand:create': (raw: unknown, state: PublicState) => standHandlers['stand:create'](payloadSchemas['stand:create'].parse(raw), context(state)),
    'stand:update': (raw: unknown, state: PublicState) => standHandlers['stand:update'](payloadSchemas['stand:update'].parse(raw), context(state)),
    'stand:remove': (raw: unknown, state: PublicState) => standHandlers['stand:remove'](payloadSchemas['stand:remove'].parse(raw), context(state)),
  };
  const run = (type: keyof typeof runs, raw: unknown, state = demo()) => runs[type](raw, state);

  it('adds a stand with an id made from its name, in a room of the programme', () => {
    const state = after(demo(), run('stand:create', { name: 'Bürger-App Landau', roomId: 'foyer', number: 40 }), () => true);
    expect(state.stands['buerger-app-landau']).toMatchObject({ name: 'Bürger-App Landau', roomId: 'foyer', number: 40, description: '' });
    expect(run('stand:create', { name: 'X', roomId: 'keller' })).toMatchObject({ error: { code: 'not_found' } });
    expect(run('stand:create', { name: 'Y', roomId: 'foyer', number: 40 }, state)).toMatchObject({ error: { code: 'conflict' } });
  });

  it('changes only the fields given, and takes a number away with null', () => {
    let state = after(demo(), run('stand:update', { standId: standA, number: 7 }), () => true);
    state = after(state, run('stand:update', { standId: standA, topic: 'Dorfleben' }, state), () => true);
    expect(state.stands[standA]).toMatchObject({ number: 7, topic: 'Dorfleben', name: demo().stands[standA]!.name });
    state = after(state, run('stand:update', { standId: standA, number: null }, state), () => true);
    expect(state.stands[standA]?.number).toBeUndefined();
  });

  it('removes a stand from the list and the map, keeping its name for its answered questions', () => {
    const state = after(demo(), run('stand:remove', { standId: standA }), () => true);
    expect(state.stands[standA]).toBeUndefined();
    expect(state.formerStands[standA]).toBe(demo().stands[standA]!.name);
    expect(state.floorPlan?.places.some((p) => p.kind === 'stand' && p.refId === standA)).toBe(false);
    const again = after(state, run('stand:create', { standId: standA, name: 'Wieder da', roomId: 'foyer' }, state), () => true);
    expect(again.formerStands[standA]).toBeUndefined();
  });

  it('a stands file replaces the contact fields typed on screen with its own', () => {
    const edited = after(demo(), edit(demo(), hostOfA, { standId: standA, contact: { phone: { value: '1', public: false } } }), () => true);
    const { stands, floorPlan } = loadDemoStands();
    const imported = applyChange(edited, commit({ type: 'stands:imported', audience: 'public', data: { stands, floorPlan } }));
    expect(imported.standContacts).toEqual({});
  });

  it('a stands file that brings a removed stand back makes it a stand again, not a former one', () => {
    const removed = after(demo(), run('stand:remove', { standId: standA }), () => true);
    const { stands, floorPlan } = loadDemoStands();
    const imported = applyChange(removed, commit({ type: 'stands:imported', audience: 'public', data: { stands, floorPlan } }));
    expect(imported.stands[standA]).toBeDefined();
    expect(imported.formerStands).toEqual({});
  });
});

describe('the FAQ mark', () => {
  const questionId = '3f0c9a52-8f5b-4c1e-9d1a-2b7c8e9f0a11';
  const withQuestion = (answered: boolean, target: QuestionTarget = { kind: 'stand', id: standA }) =>
    applyChange(demo(), commit({
      type: 'question:asked',
      audience: 'public',
      data: { question: { id: questionId, target, text: 'Was kostet es?', askedAt: '2026-05-14T08:00:00.000Z', status: 'published', pinned: false, answered, votes: 0, authorName: 'Ada', ...(answered ? { answer: { text: '3.000 €', by: 'host' as const, at: '2026-05-14T08:05:00.000Z' } } : {}) } },
    }));
  const mark = (state: PublicState, actor: Actor, faq = true) => faqHandlers['question:mark-faq']({ questionId, faq }, { state, actor, commandId: 'c', now: '2026-05-14T08:10:00.000Z' });

  it('is a plain flag on an answered question of the stand, set by its host, shown to everyone', () => {
    const outcome = mark(withQuestion(true), hostOfA);
    expect(changesOf(outcome)).toEqual([expect.objectContaining({ type: 'question:faq-marked', audience: 'public' })]);
    expect(after(withQuestion(true), outcome, () => true).questions[questionId]?.faq).toBe(true);
  });

  it('refuses an open question, a talk question and another stand’s host', () => {
    expect(mark(withQuestion(false), hostOfA)).toMatchObject({ error: { code: 'conflict' } });
    expect(mark(withQuestion(true, { kind: 'session', id: 'eroeffnung' }), organizer)).toMatchObject({ error: { code: 'conflict' } });
    expect(mark(withQuestion(true), { role: 'host', standId: standB })).toMatchObject({ error: { code: 'forbidden' } });
  });
});
