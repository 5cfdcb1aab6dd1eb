import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { commandTypes, type CommandType } from '../../shared/commands.js';
import { commandRoles, type Role } from '../../shared/roles.js';
import { addQuestionFixture, samplePayloads, standA, standB } from '../support/questionFixture.js';
import { createTestApp, type TestApp } from '../support/testServer.js';

interface Caller {
  name: string;
  role: Role | 'revoked';
  standId?: string;
  deviceId?: string;
}

const callers: Caller[] = [
  { name: 'anonymous attendee', role: 'attendee' },
  { name: 'attendee', role: 'attendee', deviceId: 'device-attendee-1' },
  { name: 'host of stand A', role: 'host', standId: standA, deviceId: 'device-host-a' },
  { name: 'host of stand B', role: 'host', standId: standB, deviceId: 'device-host-b' },
  { name: 'moderator', role: 'moderator', deviceId: 'device-moderator' },
  { name: 'organizer', role: 'organizer', deviceId: 'device-organizer' },
  { name: 'revoked token', role: 'revoked', deviceId: 'device-revoked' },
];

/** The expected outcome, from the role table and the two rules beside it (host scope, voting device). */
function expected(caller: Caller, type: CommandType): 'ok' | 'unauthenticated' | 'forbidden' | 'invalid_command' {
  if (caller.role === 'revoked') return 'unauthenticated';
  if (!commandRoles[type].includes(caller.role)) return caller.role === 'attendee' ? 'unauthenticated' : 'forbidden';
  // Commands open to hosts but not to everyone act on one stand: only the samples' stand A.
  const hostScoped = !commandRoles[type].includes('attendee');
  if (caller.role === 'host' && hostScoped && caller.standId !== standA) return 'forbidden';
  if (type === 'question:vote' && !caller.deviceId) return 'invalid_command';
  return 'ok';
}

function tokenFor(app: TestApp, caller: Caller): string | undefined {
  if (caller.role === 'attendee') return undefined;
  const role = caller.role === 'revoked' ? 'moderator' : caller.role;
  const { record, code } = app.server.access.createCode({ role, standId: caller.standId ?? null, label: caller.name });
  const token = app.server.access.redeem(code)!.token;
  if (caller.role === 'revoked') app.server.access.revokeCode(record.id);
  return token;
}

describe.each(callers)('$name', (caller) => {
  it.each(commandTypes)('%s', async (type) => {
    const app = createTestApp();
    const fixture = await addQuestionFixture(app.server);
    const token = tokenFor(app, caller);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (caller.deviceId) headers['x-device-id'] = caller.deviceId;
    const before = { seq: app.store.lastSeq(), state: app.server.live.state() };

    const response = await app.server.fetch(
      new Request('http://ortstermin.test/api/commands', {
        method: 'POST',
        headers,
        body: JSON.stringify({ id: randomUUID(), type, payload: samplePayloads[type](fixture) }),
      }),
    );
    const body = await response.json();
    const outcome = expected(caller, type);
    if (outcome === 'ok') {
      expect(body).toEqual({ ok: true, seq: app.store.lastSeq() });
      expect(app.store.lastSeq()).toBeGreaterThan(before.seq);
    } else {
      expect(body).toMatchObject({ ok: false, error: { code: outcome } });
      expect(app.store.lastSeq()).toBe(before.seq);
      expect(app.server.live.state()).toBe(before.state);
    }
  });
});
