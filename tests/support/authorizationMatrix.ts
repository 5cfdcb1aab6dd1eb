import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commandTypes, type CommandType } from '../../shared/commands.js';
import { mayRun, roles, type Role } from '../../shared/roles.js';
import type { Store } from '../../server/kernel/store.js';
import { addQuestionFixture, samplePayloads, standA, standB } from './questionFixture.js';
import { createTestApp, type TestApp } from './testServer.js';

/**
 * Who may send which command, written out here on purpose and NOT read from shared/roles.ts: a
 * cell changed in the code without the same change here fails this file. A new command needs
 * its row (one line); hosts act only on their own stand (checked by the handlers).
 */
const Y = true;
const _ = false;
type Row = readonly [attendee: boolean, host: boolean, moderator: boolean, organizer: boolean];
const columns: readonly Role[] = ['attendee', 'host', 'moderator', 'organizer'];
// prettier-ignore
const allowed: Record<string, Row> = {
  //                         attendee  host  moderator  organizer
  'session:move':           [_,        _,    Y,         Y],
  'session:cancel':         [_,        _,    Y,         Y],
  'session:reinstate':      [_,        _,    Y,         Y],
  'session:rename':         [_,        _,    Y,         Y],
  'session:add':            [_,        _,    Y,         Y],
  'announcement:post':      [_,        _,    Y,         Y],
  'question:ask':           [Y,        Y,    Y,         Y],
  'question:vote':          [Y,        Y,    Y,         Y],
  'question:approve':       [_,        _,    Y,         Y],
  'question:hide':          [_,        _,    Y,         Y],
  'question:pin':           [_,        _,    Y,         Y],
  'question:merge':         [_,        _,    Y,         Y],
  'question:answer':        [_,        Y,    Y,         Y],
  'question:mark-answered': [_,        Y,    Y,         Y],
  'question:stage':         [_,        _,    Y,         Y],
  'stand:set-status':       [_,        Y,    Y,         Y],
  'moderation:set-mode':    [_,        _,    Y,         Y],
  'programme:import':       [_,        _,    _,         Y],
  'stands:import':          [_,        _,    _,         Y],
  'question:delete':        [_,        _,    Y,         Y],
  'moderation:pause-questions': [_,    _,    Y,         Y],
  'event:configure':        [_,        _,    _,         Y],
  'room:create':            [_,        _,    _,         Y],
  'room:rename':            [_,        _,    _,         Y],
  'room:reorder':           [_,        _,    _,         Y],
  'room:remove':            [_,        _,    _,         Y],
  'event:remove-demo':      [_,        _,    _,         Y],
  'poll:create':            [_,        _,    Y,         Y],
  'poll:update':            [_,        _,    Y,         Y],
  'poll:open':              [_,        _,    Y,         Y],
  'poll:close':             [_,        _,    Y,         Y],
  'poll:reveal':            [_,        _,    Y,         Y],
  'poll:delete':            [_,        _,    Y,         Y],
  'poll:vote':              [Y,        Y,    Y,         Y],
  'poll:hide-word':         [_,        _,    Y,         Y],
  'feedback:open':          [_,        _,    Y,         Y],
  'feedback:give':          [Y,        Y,    Y,         Y],
  'announcement:correct':   [_,        _,    Y,         Y],
  'announcement:withdraw':  [_,        _,    Y,         Y],
  'legal:set-page':         [_,        _,    _,         Y],
  'barrier:report':         [Y,        Y,    Y,         Y],
  'personal-data:erase':    [_,        _,    _,         Y],
  'own-data:erase':         [Y,        Y,    Y,         Y],
  'event:set-sign-video':   [_,        _,    _,         Y],
  'plan:set-image':         [_,        _,    _,         Y],
  'plan:place-stand':       [_,        _,    _,         Y],
  'plan:set-room-area':     [_,        _,    _,         Y],
  'stand:create':           [_,        _,    _,         Y],
  'stand:update':           [_,        _,    _,         Y],
  'stand:remove':           [_,        _,    _,         Y],
  'stand:edit-profile':     [_,        Y,    _,         Y],
  'question:mark-faq':      [_,        Y,    Y,         Y],
  'library:withdraw':       [_,        Y,    _,         Y],
  'directory:join':         [Y,        Y,    Y,         Y],
  'directory:leave':        [Y,        Y,    Y,         Y],
};

/** Commands anyone may send, limited per device: an attendee without an issued device id is refused (staff carry a token). */
const anonymousNeedsDevice: readonly string[] = ['question:ask', 'barrier:report'];

/** Commands counted per device: without an issued device id they are refused. */
const deviceBound: readonly string[] = ['question:vote', 'poll:vote', 'feedback:give', 'own-data:erase', 'directory:join', 'directory:leave'];

function mayAct(role: Role, type: CommandType): boolean {
  const row = allowed[type];
  if (!row) throw new Error(`${type} has no row in the authorization table of this test`);
  return row[columns.indexOf(role)]!;
}

interface Caller {
  name: string;
  role: Role | 'revoked';
  standId?: string;
  /** Sends the device id the server issued to it (POST /api/device). */
  hasDevice?: boolean;
}

const callers: Caller[] = [
  { name: 'anonymous attendee', role: 'attendee' },
  { name: 'attendee', role: 'attendee', hasDevice: true },
  { name: 'host of stand A', role: 'host', standId: standA, hasDevice: true },
  { name: 'host of stand B', role: 'host', standId: standB, hasDevice: true },
  { name: 'moderator', role: 'moderator', hasDevice: true },
  { name: 'organizer', role: 'organizer', hasDevice: true },
  { name: 'revoked token', role: 'revoked', hasDevice: true },
];

/** The expected outcome, from the table above and the two rules beside it (host scope, voting device). */
function expected(caller: Caller, type: CommandType): 'ok' | 'unauthenticated' | 'forbidden' | 'invalid_command' {
  if (caller.role === 'revoked') return 'unauthenticated';
  if (!mayAct(caller.role, type)) return caller.role === 'attendee' ? 'unauthenticated' : 'forbidden';
  // Commands open to hosts but not to everyone act on one stand: only the samples' stand A.
  const hostScoped = !mayAct('attendee', type);
  if (caller.role === 'host' && hostScoped && caller.standId !== standA) return 'forbidden';
  // One vote per device, and an anonymous question needs an issued device id (rate limits per device).
  if (deviceBound.includes(type) && !caller.hasDevice) return 'invalid_command';
  if (anonymousNeedsDevice.includes(type) && caller.role === 'attendee' && !caller.hasDevice) return 'invalid_command';
  return 'ok';
}

async function tokenFor(app: TestApp, caller: Caller): Promise<string | undefined> {
  if (caller.role === 'attendee') return undefined;
  const role = caller.role === 'revoked' ? 'moderator' : caller.role;
  const { record, code } = (await app.server.access.createCode({ role, standId: caller.standId ?? null, label: caller.name }));
  const token = (await app.server.access.redeem(code))!.token;
  if (caller.role === 'revoked') (await app.server.access.revokeCode(record.id));
  return token;
}

/**
 * Every role against every command, over HTTP, on a fresh event per cell. Run per store: the
 * rules live in the server, but a store that loses or keeps a refused command shows here too.
 */
export function registerAuthorizationMatrix(storeName: string, makeStore?: () => Promise<Store>): void {
  describe('the authorization table', () => {
    it('has a row for every command, and no row for a command that does not exist', () => {
      expect(commandTypes.filter((type) => !Object.hasOwn(allowed, type))).toEqual([]);
      expect(Object.keys(allowed).filter((type) => !(commandTypes as readonly string[]).includes(type))).toEqual([]);
      expect([...roles].sort()).toEqual([...columns].sort());
    });

    it('is what the server enforces, cell by cell', () => {
      const differences = commandTypes.flatMap((type) =>
        columns.filter((role) => mayRun({ role }, type) !== mayAct(role, type)).map((role) => `${role} × ${type}: the code says ${mayRun({ role }, type)}`),
      );
      expect(differences).toEqual([]);
    });
  });

  const opened: TestApp[] = [];
  const hostOfA: Caller = { name: 'host of stand A', role: 'host', standId: standA, hasDevice: true };
  // Every question command a host may send at all, aimed at a question that is not stand A's.
  const hostQuestionCommands = commandTypes.filter((type) => mayAct('host', type) && !mayAct('attendee', type) && type.startsWith('question:'));
  afterEach(async () => {
    for (const app of opened.splice(0)) {
      await app.server.close();
      await app.store.close();
    }
  });

  describe(`a host acts only on their own stand's questions, on ${storeName}`, () => {
    it('the commands a host may send about questions are there to check', () => {
      expect(hostQuestionCommands).toEqual(expect.arrayContaining(['question:answer', 'question:mark-answered']));
    });

    it.each(hostQuestionCommands.flatMap((type) => [[type, 'a talk question'], [type, 'stand B’s question']] as const))('%s on %s is forbidden', async (type, aimedAt) => {
      const app = await createTestApp(makeStore ? { store: await makeStore() } : {});
      opened.push(app);
      const fixture = await addQuestionFixture(app.server);
      const questionId = aimedAt === 'a talk question' ? fixture.q1 : fixture.otherStandQuestion;
      const payload = { ...samplePayloads[type](fixture), questionId };
      const before = { seq: app.store.log.lastSeq(), state: app.server.live.state() };
      const issued = await app.server.deviceIds.issue(undefined);
      if (!('deviceId' in issued)) throw new Error('no device id issued');
      const response = await app.server.fetch(
        new Request('http://ortstermin.test/api/commands', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(app, hostOfA)}`, 'x-device-id': issued.deviceId },
          body: JSON.stringify({ id: randomUUID(), type, payload }),
        }),
      );
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(app.store.log.lastSeq()).toBe(before.seq);
      expect(app.server.live.state()).toBe(before.state);
    });
  });

  /** An event with the question fixture, and the caller's headers (token, issued device id) on it. */
  const eventFor = async (caller: Caller) => {
    const app = await createTestApp(makeStore ? { store: await makeStore() } : {});
    const fixture = await addQuestionFixture(app.server);
    const token = await tokenFor(app, caller);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (caller.hasDevice) {
      const issued = await app.server.deviceIds.issue(undefined);
      if (!('deviceId' in issued)) throw new Error('no device id issued');
      headers['x-device-id'] = issued.deviceId;
    }
    return { app, fixture, headers };
  };

  /** Sends the cell's command (after what it needs first) and checks the outcome the table gives. */
  const checkCell = async (caller: Caller, type: CommandType, event: Awaited<ReturnType<typeof eventFor>>) => {
    const { app, fixture, headers } = event;
    const send = async (sent: CommandType) => {
      const request = new Request('http://ortstermin.test/api/commands', {
        method: 'POST',
        headers,
        body: JSON.stringify({ id: randomUUID(), type: sent, payload: samplePayloads[sent](fixture) }),
      });
      return (await app.server.fetch(request)).json();
    };
    // "Meine Daten" erases what the caller's own device sent: it asks a question first.
    if (type === 'own-data:erase' && expected(caller, 'question:ask') === 'ok') expect(await send('question:ask')).toMatchObject({ ok: true });
    // Leaving takes the caller's own listing off: it joins first.
    if (type === 'directory:leave' && expected(caller, 'directory:join') === 'ok') expect(await send('directory:join')).toMatchObject({ ok: true });
    const before = { seq: app.store.log.lastSeq(), state: app.server.live.state() };

    const body = await send(type);
    const outcome = expected(caller, type);
    if (outcome === 'ok') {
      expect(body).toEqual({ ok: true, seq: app.store.log.lastSeq() });
      expect(app.store.log.lastSeq()).toBeGreaterThan(before.seq);
    } else {
      expect(body).toMatchObject({ ok: false, error: { code: outcome } });
      expect(app.store.log.lastSeq()).toBe(before.seq);
      expect(app.server.live.state()).toBe(before.state);
    }
  };

  describe.each(callers)(`over HTTP on ${storeName}, as $name`, (caller) => {
    const refused = commandTypes.filter((type) => expected(caller, type) !== 'ok');
    const letThrough = commandTypes.filter((type) => expected(caller, type) === 'ok');

    // A refused command changes nothing (each cell checks that), so the refused cells of one caller
    // share one event. It is closed before the next event is made: a test store may empty the database.
    if (refused.length > 0) describe('refused, on one event', () => {
      let shared: ReturnType<typeof eventFor> | null = null;
      afterAll(async () => {
        const event = await shared;
        await event?.app.server.close();
        await event?.app.store.close();
      });
      it.each(refused)('%s', async (type) => {
        await checkCell(caller, type, await (shared ??= eventFor(caller)));
      });
    });

    if (letThrough.length > 0) describe('let through, each on a fresh event', () => {
      it.each(letThrough)('%s', async (type) => {
        const event = await eventFor(caller);
        opened.push(event.app);
        await checkCell(caller, type, event);
      });
    });
  });
}
