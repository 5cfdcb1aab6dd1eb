import { demoEventId } from '../../shared/demo.js';
import { randomUUID } from 'node:crypto';
import type { CommandPayload, CommandType } from '../../shared/commands.js';
import type { Actor } from '../../shared/roles.js';
import type { PollSetup } from '../../shared/polls.js';
import type { OrtsterminServer } from '../../server/createServer.js';
import { loadDemoEvent, loadDemoStands } from '../../server/demo/loadDemoEvent.js';
import { demoDay } from './testServer.js';
import type { PlanImage, SignVideo } from '../../shared/media.js';
import { tinyPng, tinyWebm } from './mediaFiles.js';

export const standA = 'digitale-doerfer';
export const standB = 'smarte-lichtmasten';
export const sessionPost = 'digitale-doerfer';
export const sessionPre = 'westpfalz-wiki';

export interface QuestionFixture {
  /** Published questions of a post-moderated session. */
  q1: string;
  q2: string;
  /** Waiting for approval in a pre-moderated session. */
  pending: string;
  /** Published at stand A. */
  standQuestion: string;
  /** Published at stand A and answered: one for its FAQ. */
  answeredStandQuestion: string;
  /** Published at stand B: not for stand A's host. */
  otherStandQuestion: string;
  cancelledSession: string;
  /** A room with nothing in it, so it may be removed. */
  spareRoom: string;
  /** An open single-choice poll of the post-moderated session, results hidden. */
  openPoll: string;
  /** A word-cloud draft, staff only. */
  draftPoll: string;
  /** A posted announcement, to correct or withdraw. */
  announcement: string;
  /** A WebM stored in the installation's blobs, for the start page's DGS video. */
  signVideo: SignVideo;
  /** A PNG stored there, for the floor plan. */
  planImage: PlanImage;
}

const moderator: Actor = { role: 'moderator', deviceId: 'fixture-moderator' };
const attendee: Actor = { role: 'attendee', deviceId: 'fixture-attendee' };
const organizer: Actor = { role: 'organizer', deviceId: 'fixture-organizer' };

async function must(server: OrtsterminServer, actor: Actor, type: CommandType, payload: unknown, id: string = randomUUID()): Promise<void> {
  const result = await server.dispatch(actor, { id, type, payload });
  if (!result.ok) throw new Error(`fixture ${type} failed: ${result.error.code}`);
}

/** Questions in every state a command can act on, made through the real command path. */
export async function addQuestionFixture(server: OrtsterminServer): Promise<QuestionFixture> {
  const home = server.series.all()[0]?.store;
  if (!home) throw new Error('a server without events');
  const video = await home.blobs.put((async function* () { yield tinyWebm(); })(), 'video/webm');
  const image = await home.blobs.put((async function* () { yield tinyPng(); })(), 'image/png');
  const f: QuestionFixture = {
    signVideo: { hash: video.hash, type: 'video/webm', size: video.size },
    planImage: { hash: image.hash, type: 'image/png', size: image.size },
    q1: randomUUID(),
    q2: randomUUID(),
    pending: randomUUID(),
    standQuestion: randomUUID(),
    otherStandQuestion: randomUUID(),
    answeredStandQuestion: randomUUID(),
    cancelledSession: 'ausblick',
    spareRoom: 'ersatzraum',
    openPoll: randomUUID(),
    draftPoll: randomUUID(),
    announcement: randomUUID(),
  };
  await must(server, organizer, 'room:create', { roomId: f.spareRoom, name: 'Ersatzraum' });
  const ask = (questionId: string, target: { kind: 'session' | 'stand'; id: string }, text: string) =>
    must(server, attendee, 'question:ask', { questionId, target, text });
  await must(server, moderator, 'moderation:set-mode', { sessionId: sessionPre, mode: 'pre' });
  await ask(f.q1, { kind: 'session', id: sessionPost }, 'Was hat die Plattform gekostet?');
  await ask(f.q2, { kind: 'session', id: sessionPost }, 'Wie teuer war die Plattform?');
  await ask(f.pending, { kind: 'session', id: sessionPre }, 'Wer pflegt das Wiki?');
  await ask(f.standQuestion, { kind: 'stand', id: standA }, 'Wie viele Dörfer machen mit?');
  await ask(f.otherStandQuestion, { kind: 'stand', id: standB }, 'Wie hell sind die Lichtmasten?');
  await ask(f.answeredStandQuestion, { kind: 'stand', id: standA }, 'Wer betreibt die App?');
  await must(server, moderator, 'question:answer', { questionId: f.answeredStandQuestion, text: 'Der Landkreis mit den Dörfern.' });
  await must(server, moderator, 'session:cancel', { sessionId: f.cancelledSession });
  await must(server, moderator, 'poll:create', { pollId: f.openPoll, setup: choicePoll });
  await must(server, moderator, 'poll:open', { pollId: f.openPoll });
  await must(server, moderator, 'poll:create', { pollId: f.draftPoll, setup: wordsPoll });
  await must(server, moderator, 'feedback:open', { sessionId: sessionPost });
  await must(server, moderator, 'announcement:post', { level: 'urgent', text: 'Saal 1 gesperrt' }, f.announcement);
  return f;
}

const choicePoll: PollSetup = { sessionId: sessionPost, kind: 'single', question: 'Nutzen Sie das schon?', options: ['Ja', 'Nein'] };
const wordsPoll: PollSetup = { sessionId: sessionPost, kind: 'words', question: 'Ein Wort zu Ihrer Kommune?', options: [] };

/** A payload per command that succeeds for a role the table allows (hosts: stand A). */
export const samplePayloads: { [K in CommandType]: (f: QuestionFixture) => CommandPayload<K> } = {
  'session:move': () => ({ sessionId: 'eroeffnung', roomId: 'seminar-1' }),
  'session:cancel': () => ({ sessionId: 'kaffeepause' }),
  'session:reinstate': (f) => ({ sessionId: f.cancelledSession }),
  'session:rename': () => ({ sessionId: 'eroeffnung', title: 'Eröffnung und Grußworte' }),
  'session:add': () => ({ sessionId: `extra-${randomUUID().slice(0, 8)}`, title: 'Zusatz', startsAt: '2026-05-14T16:00:00+02:00', endsAt: '2026-05-14T16:30:00+02:00', roomId: 'seminar-2' }),
  'announcement:post': () => ({ level: 'info', text: 'Kaffee im Foyer' }),
  'question:ask': () => ({ questionId: randomUUID(), target: { kind: 'session', id: sessionPost }, text: 'Gibt es Fördermittel?' }),
  'question:vote': (f) => ({ questionId: f.q1, up: true }),
  'question:approve': (f) => ({ questionId: f.pending }),
  'question:hide': (f) => ({ questionId: f.q1 }),
  'question:pin': (f) => ({ questionId: f.q1, pinned: true }),
  'question:merge': (f) => ({ questionId: f.q2, intoId: f.q1 }),
  'question:answer': (f) => ({ questionId: f.standQuestion, text: 'Zurzeit 20 Dörfer.' }),
  'question:mark-answered': (f) => ({ questionId: f.standQuestion, answered: true }),
  'question:stage': (f) => ({ sessionId: sessionPost, questionId: f.q1 }),
  'stand:set-status': () => ({ standId: standA, text: 'Demo um 14:00', availability: 'available' }),
  'moderation:set-mode': () => ({ sessionId: null, mode: 'pre' }),
  // The demo stands with another plan title: a file that says what is there changes nothing.
  'stands:import': () => {
    const file = loadDemoStands();
    return { ...file, floorPlan: { ...file.floorPlan, title: `${file.floorPlan.title} (neu)` } };
  },
  'question:delete': (f) => ({ questionId: f.q2 }),
  'moderation:pause-questions': () => ({ sessionId: sessionPost, paused: true }),
  'programme:import': () => {
    const { event, rooms, sessions } = loadDemoEvent(demoDay);
    return { programme: { event, rooms, sessions } };
  },
  'event:configure': () => ({ venue: 'Rathaus Kaiserslautern', address: 'Willy-Brandt-Platz 1, 67657 Kaiserslautern' }),
  'room:create': () => ({ name: `Raum ${randomUUID().slice(0, 8)}` }),
  'room:rename': () => ({ roomId: 'seminar-2', name: 'Seminarraum Zwei' }),
  'room:reorder': (f) => ({ roomIds: ['foyer', 'auditorium', 'seminar-1', 'seminar-2', 'aussen', f.spareRoom] }),
  'room:remove': (f) => ({ roomId: f.spareRoom }),
  // The test event is the demo, so the removal succeeds (once).
  'event:remove-demo': () => ({ eventId: demoEventId }),
  'poll:create': () => ({ pollId: randomUUID(), setup: { ...choicePoll, options: ['Ja', 'Nein', 'Geplant'] } }),
  'poll:update': (f) => ({ pollId: f.draftPoll, setup: { ...wordsPoll, question: 'Ein Wort?' } }),
  'poll:open': (f) => ({ pollId: f.draftPoll }),
  'poll:close': (f) => ({ pollId: f.openPoll }),
  'poll:reveal': (f) => ({ pollId: f.openPoll }),
  'poll:delete': (f) => ({ pollId: f.draftPoll }),
  'poll:vote': (f) => ({ pollId: f.openPoll, answer: { kind: 'choice', options: [0] } }),
  'poll:hide-word': (f) => ({ pollId: f.draftPoll, word: 'Spam' }),
  'feedback:open': () => ({ sessionId: 'eroeffnung' }),
  'feedback:give': () => ({ sessionId: sessionPost, stars: 4, comment: 'Gut erklärt' }),
  'announcement:correct': (f) => ({ announcementId: f.announcement, text: 'Saal 2 gesperrt' }),
  'announcement:withdraw': (f) => ({ announcementId: f.announcement }),
  'legal:set-page': () => ({ page: 'impressum', language: 'de', text: `# Impressum\n\nStadt Kaiserslautern, ${randomUUID().slice(0, 8)}` }),
  'event:set-sign-video': (f) => ({ video: f.signVideo }),
  'plan:set-image': (f) => ({ image: f.planImage }),
  'plan:place-stand': () => ({ standId: standA, x: 300, y: 560 }),
  // The spare room has no place yet: it gets its rectangle.
  'plan:set-room-area': (f) => ({ roomId: f.spareRoom, x: 20, y: 20, width: 120, height: 90 }),
  'stand:create': () => ({ name: `Stand ${randomUUID().slice(0, 8)}`, municipality: 'Landau', roomId: 'foyer' }),
  'stand:update': () => ({ standId: standA, topic: 'Dorfleben' }),
  'stand:remove': () => ({ standId: standB }),
  'stand:edit-profile': () => ({ standId: standA, summary: 'Ein Dorf, eine App.', contact: { phone: { value: '0631 365 0', public: false } } }),
  'question:mark-faq': (f) => ({ questionId: f.answeredStandQuestion, faq: true }),
  'library:withdraw': () => ({ standId: standA, withdrawn: true }),
  'barrier:report': () => ({ reportId: randomUUID(), text: 'Die Karte lässt sich mit der Tastatur nicht verschieben.', email: 'frage@example.org', page: '/map' }),
  'personal-data:erase': () => ({}),
  'own-data:erase': () => ({ questionIds: [] }),
  'directory:join': () => ({ listingId: randomUUID(), name: 'Anna Schmidt', org: 'Stadt Kusel', role: 'Digitallotsin', topics: ['Kita-Portal'], requests: false, mailbox: null }),
  // Leaves the caller's own listing (the matrix lists it first).
  'directory:leave': () => ({}),
};
