import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Change, ChangeDraft, ChangeType } from '../../shared/changes.js';
import { payloadSchemas, type CommandPayload } from '../../shared/commands.js';
import { filterListings, municipalitiesPresent, sharesTopic, topicsPresent, type DirectoryListing } from '../../shared/directoryListing.js';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import { applyChanges } from '../../shared/reducer.js';
import { snapshotSchema } from '../../shared/syncReply.js';
import { directoryHandlers } from '../../server/directory/directoryHandlers.js';
import { directoryPersonalData, eraseLeftListings } from '../../server/directory/listingErasure.js';
import { createListingOwners } from '../../server/directory/listingOwners.js';
import { newErasureRun } from '../../server/kernel/personalData.js';
import { createRedactedWindow } from '../../server/kernel/redactedWindow.js';
import type { ChangeRewrite } from '../../server/kernel/store.js';

const mailbox = { mailbox: '0123456789abcdef'.repeat(2), key: `B${'x'.repeat(42)}` };
const joinPayload = (fields: Partial<CommandPayload<'directory:join'>> = {}) => ({
  listingId: randomUUID(), name: 'Anna Schmidt', org: 'Stadt Kusel', role: 'Digitallotsin', topics: ['Kita-Portal'], requests: false, mailbox: null, ...fields,
});

/** One event's directory in memory: the real handlers deciding on the state and owners their changes made. */
function directory() {
  const owners = createListingOwners();
  const handlers = directoryHandlers(owners);
  const log: Change[] = [];
  let state: PublicState = emptyState;
  const commit = (drafts: readonly ChangeDraft[]) => {
    const changes = drafts.map((draft): Change => ({ ...draft, seq: log.length + 1 + drafts.indexOf(draft), at: '2026-05-14T08:00:00.000Z' }));
    log.push(...changes);
    state = applyChanges(state, changes);
    changes.forEach((change) => owners.project(change));
    return changes;
  };
  function send<K extends 'directory:join' | 'directory:leave'>(type: K, payload: unknown, deviceId: string | undefined) {
    const parsed = payloadSchemas[type].parse(payload);
    const outcome = (handlers[type] as (p: unknown, c: unknown) => ReturnType<(typeof handlers)[K]>)(parsed, { state, actor: { role: 'attendee', deviceId }, commandId: randomUUID(), now: '2026-05-14T08:00:00.000Z' });
    return 'error' in outcome ? { error: outcome.error.code } : { changes: commit(outcome.changes) };
  }
  return { owners, log, send, state: () => state };
}

const types = (result: { changes?: Change[] }): ChangeType[] => (result.changes ?? []).map((change) => change.type);

describe('directory:join and directory:leave, validated in shared/', () => {
  const schema = payloadSchemas['directory:join'];

  it('cleans text by the one rule and keeps each field on one line', () => {
    const parsed = schema.parse(joinPayload({ name: '  Anna\u202E\nSchmidt ', role: 'Digital\u0000lotsin' }));
    expect(parsed.name).toBe('Anna Schmidt');
    expect(parsed.role).toBe('Digitallotsin');
  });

  it('refuses no name, over-long fields, nine topics, an empty topic and a mailbox that does not fit the flag', () => {
    for (const bad of [
      joinPayload({ name: ' \u200B ' }),
      joinPayload({ org: 'x'.repeat(101) }),
      joinPayload({ topics: Array.from({ length: 9 }, (_, i) => `Thema ${i}`) }),
      joinPayload({ topics: [''] }),
      joinPayload({ requests: true, mailbox: null }),
      joinPayload({ requests: false, mailbox }),
      joinPayload({ requests: true, mailbox: { ...mailbox, key: 'kein Schlüssel' } }),
      joinPayload({ requests: true, mailbox: { ...mailbox, key: `${mailbox.key}x` } }),
      joinPayload({ requests: true, mailbox: { ...mailbox, mailbox: 'AAAAAAAAAAAAAAAAAAAAAA' } }),
      { ...joinPayload(), listingId: 'not-a-uuid' },
    ]) expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    expect(schema.safeParse(joinPayload({ requests: true, mailbox })).success).toBe(true);
    expect(payloadSchemas['directory:leave'].safeParse({ listingId: randomUUID() }).success).toBe(false);
  });
});

describe('the directory handlers', () => {
  it('list a device once, update its listing in place and keep it to that device', () => {
    const d = directory();
    const payload = joinPayload();
    expect(types(d.send('directory:join', payload, 'dev-a'))).toEqual(['directory:joined', 'directory:owner-noted']);
    expect(d.send('directory:join', payload, 'dev-a')).toEqual({ changes: [] });
    expect(types(d.send('directory:join', { ...payload, role: '', requests: true, mailbox }, 'dev-a'))).toEqual(['directory:joined']);
    expect(d.state().directory[payload.listingId]).toMatchObject({ name: 'Anna Schmidt', role: '', requests: true, mailbox });
    expect(d.send('directory:join', { ...payload, name: 'Mallory' }, 'dev-b')).toEqual({ error: 'forbidden' });
    expect(d.send('directory:join', joinPayload(), undefined)).toEqual({ error: 'invalid_command' });
  });

  it('replace the old listing when the same device joins under a new id (its phone forgot the old one)', () => {
    const d = directory();
    const first = joinPayload();
    d.send('directory:join', first, 'dev-a');
    const second = joinPayload({ name: 'Anna S.' });
    expect(types(d.send('directory:join', second, 'dev-a'))).toEqual(['directory:left', 'directory:joined', 'directory:owner-noted']);
    expect(Object.keys(d.state().directory)).toEqual([second.listingId]);
    expect(d.owners.listingOf('dev-a')).toBe(second.listingId);
  });

  it("leave only the sender's own listing; not listed is done already", () => {
    const d = directory();
    const anna = joinPayload();
    const ben = joinPayload({ name: 'Ben Weber' });
    d.send('directory:join', anna, 'dev-a');
    d.send('directory:join', ben, 'dev-b');
    expect(types(d.send('directory:leave', {}, 'dev-a'))).toEqual(['directory:left']);
    expect(Object.keys(d.state().directory)).toEqual([ben.listingId]);
    expect(d.send('directory:leave', {}, 'dev-a')).toEqual({ changes: [] });
    expect(d.send('directory:leave', {}, undefined)).toEqual({ error: 'invalid_command' });
    // The left id is free again for the device that had it, and only for it the old owner check is gone.
    expect(types(d.send('directory:join', anna, 'dev-a'))).toEqual(['directory:joined', 'directory:owner-noted']);
  });
});

describe('the directory in the shared reducer', () => {
  const listing: DirectoryListing = { id: 'l1', name: 'Anna', org: 'Kusel', role: '', topics: ['Glasfaser'], requests: false, mailbox: null, joinedAt: '2026-05-14T08:00:00.000Z' };
  const at = '2026-05-14T08:00:00.000Z';

  it('adds, replaces and drops a listing; an erased one (a replayed log) is dropped; erasure on time empties the list', () => {
    const joined = (data: Change<'directory:joined'>['data'], seq: number): Change => ({ seq, at, type: 'directory:joined', audience: 'public', data });
    const listed = applyChanges(emptyState, [joined({ listing }, 1), joined({ listing: { ...listing, role: 'Amtsleiterin' } }, 2)]);
    expect(listed.directory).toEqual({ l1: { ...listing, role: 'Amtsleiterin' } });
    expect(snapshotSchema.parse({ seq: 2, schemaVersion: 9, state: listed }).state).toEqual(listed);
    expect(applyChanges(listed, [{ seq: 3, at, type: 'directory:left', audience: 'public', data: { listingId: 'l1' } }]).directory).toEqual({});
    expect(applyChanges(emptyState, [joined({ listing: { id: 'l1', erased: true } }, 1)]).directory).toEqual({});
    expect(applyChanges(listed, [{ seq: 3, at, type: 'personal-data:erased', audience: 'public', data: {} }]).directory).toEqual({});
  });
});

describe('a listing in the stored log and the catch-up window', () => {
  /** The rewrites a batch would run, applied to `log` as the store does. */
  function rewritten(log: Change[], erase: (batch: { rewrite(types: readonly ChangeType[], rewrite: ChangeRewrite): void }) => void): Change[] {
    const out = [...log];
    erase({
      rewrite: (kinds, rewrite) => out.forEach((change, i) => {
        const data = kinds.includes(change.type) ? rewrite(change) : null;
        if (data !== null) out[i] = { ...change, data } as Change;
      }),
    });
    return out;
  }

  it('keeps nothing of a left listing, and only the newest version of a changed one', () => {
    const d = directory();
    const anna = joinPayload();
    const ben = joinPayload({ name: 'Ben Weber', org: 'VG Lauterecken', role: 'Bürgermeister', topics: ['Glasfaser'] });
    const erase = eraseLeftListings(d.owners);
    d.send('directory:join', anna, 'dev-a');
    d.send('directory:join', ben, 'dev-b');
    // The batch erases with the owners as they were before it: decided, then erased, then projected.
    const owners = createListingOwners();
    d.log.forEach((change) => owners.project(change));
    const update = d.send('directory:join', { ...anna, role: 'Amtsleiterin' }, 'dev-a').changes!;
    const afterUpdate = rewritten(d.log, (batch) => eraseLeftListings(owners)(batch, update));
    expect(JSON.stringify(afterUpdate)).not.toContain('Digitallotsin');
    expect(JSON.stringify(afterUpdate)).toContain('Amtsleiterin');
    const leave = d.send('directory:leave', {}, 'dev-a').changes!;
    const afterLeave = rewritten([...afterUpdate, ...leave], (batch) => erase(batch, leave));
    expect(JSON.stringify(afterLeave)).not.toMatch(/Anna|Kusel|Amtsleiterin|Kita-Portal/);
    expect(JSON.stringify(afterLeave)).toContain('Ben Weber');
    // Replaying the rewritten log ends where the live state is.
    expect(applyChanges(emptyState, afterLeave).directory).toEqual(d.state().directory);
  });

  it('sends a snapshot, not the window, to a catch-up from before the last version of a listing that left', () => {
    const d = directory();
    const window = createRedactedWindow();
    d.send('directory:join', joinPayload({ name: 'Ben Weber' }), 'dev-b');
    d.send('directory:join', joinPayload(), 'dev-a');
    d.log.forEach((change) => window.note(change));
    expect(window.snapshotBefore(new Set(['public']))).toBe(0);
    const joinedAt = d.log.length - 1;
    const leave = d.send('directory:leave', {}, 'dev-a').changes!;
    leave.forEach((change) => window.note(change));
    expect(window.snapshotBefore(new Set(['public']))).toBe(joinedAt);
    expect(window.snapshotBefore(new Set(['public', 'staff']))).toBe(joinedAt);
  });

  it('is personal data: erased on time (device ids as pseudonyms), and "Meine Daten" takes the listing off', () => {
    const d = directory();
    d.send('directory:join', joinPayload(), 'dev-a');
    const [listings, devices] = directoryPersonalData(d.owners);
    const run = newErasureRun();
    const erased = d.log.map((change) => (listings!.types.includes(change.type) ? listings!.erase(change, run) : devices!.erase(change, run)));
    expect(JSON.stringify(erased)).not.toMatch(/Anna|Kusel|dev-a/);
    expect(listings!.ofDevice!('dev-a', [], d.state()).drafts).toEqual([{ type: 'directory:left', audience: 'public', data: { listingId: d.owners.listingOf('dev-a') } }]);
    expect(listings!.ofDevice!('dev-b', [], d.state()).drafts).toEqual([]);
  });
});

describe('filters and the count of municipalities', () => {
  const person = (id: string, name: string, org: string, topics: string[]): DirectoryListing => ({ id, name, org, role: '', topics, requests: false, mailbox: null, joinedAt: '' });
  const people = [
    person('1', 'Zoe', 'Stadt Kusel', ['Kita-Portal', 'Glasfaser']),
    person('2', 'Ömer', 'stadt  kusel', ['glasfaser']),
    person('3', 'Anna', 'VG Lauterecken', []),
    person('4', 'Ben', '', ['Smarte Laternen']),
  ];

  it('counts each municipality once however it is spelt, and none for a person without one', () => {
    expect(municipalitiesPresent(people)).toEqual(['Stadt Kusel', 'VG Lauterecken']);
    expect(topicsPresent(people)).toEqual(['Glasfaser', 'Kita-Portal', 'Smarte Laternen']);
    expect(municipalitiesPresent([])).toEqual([]);
  });

  it('filters by municipality and topic (folded), in German order of name', () => {
    expect(filterListings(people, { municipality: '', topic: '' }).map((p) => p.name)).toEqual(['Anna', 'Ben', 'Ömer', 'Zoe']);
    expect(filterListings(people, { municipality: 'Stadt Kusel', topic: '' }).map((p) => p.name)).toEqual(['Ömer', 'Zoe']);
    expect(filterListings(people, { municipality: '', topic: 'Glasfaser' }).map((p) => p.name)).toEqual(['Ömer', 'Zoe']);
    expect(filterListings(people, { municipality: 'VG Lauterecken', topic: 'Glasfaser' })).toEqual([]);
  });

  it('finds shared topics the way people type them', () => {
    expect(sharesTopic(['Kita Portal'], ['kita portal'])).toBe(true);
    expect(sharesTopic(['Glasfaser'], ['Glasfaserausbau'])).toBe(false);
    expect(sharesTopic([], ['Glasfaser'])).toBe(false);
  });
});
