import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { orderedRooms } from '../../shared/agenda.js';
import { eventually } from '../support/socketClient.js';
import { useServers } from '../support/useServers.js';

const { running, device } = useServers();

describe('event settings as commands, live on every phone', () => {
  it("renaming a room and changing the venue reach a second phone live, and the .ics carries the new location", async () => {
    const app = await running();
    const [alice, bob] = await Promise.all([device(app.url), device(app.url)]);
    const organizer = await device(app.url, app.organizerToken);
    expect(await organizer.send('room:rename', { roomId: 'auditorium', name: 'Großer Ratssaal' })).toMatchObject({ ok: true });
    expect(await organizer.send('event:configure', {
      name: 'Digitale Städte RLP – Tag 1', venue: 'Rathaus Kaiserslautern', address: 'Willy-Brandt-Platz 1, 67657 Kaiserslautern',
      links: [{ label: 'Anmeldung', url: 'https://example.org/anmeldung' }],
    })).toMatchObject({ ok: true });
    await eventually(() => alice.lastSeq === app.store.log.lastSeq() && bob.lastSeq === app.store.log.lastSeq());
    for (const phone of [alice, bob]) {
      expect(phone.state.rooms['auditorium']?.name).toBe('Großer Ratssaal');
      expect(phone.state.event).toMatchObject({ name: 'Digitale Städte RLP – Tag 1', venue: 'Rathaus Kaiserslautern', address: 'Willy-Brandt-Platz 1, 67657 Kaiserslautern' });
    }
    const ics = await (await fetch(`${app.url}/api/export/programme.ics`)).text();
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const opening = events.find((e) => e.uid.startsWith('eroeffnung@'));
    expect(opening?.location).toBe('Großer Ratssaal, Rathaus Kaiserslautern, Willy-Brandt-Platz 1, 67657 Kaiserslautern');
    expect(ics).not.toContain('Fraunhofer');
  });

  it('creates, reorders and removes rooms; a room with sessions is not removed, with a clear error', async () => {
    const app = await running();
    const [organizer, phone] = await Promise.all([device(app.url, app.organizerToken), device(app.url)]);
    expect(await organizer.send('room:create', { name: 'Werkstatt Ü1' })).toMatchObject({ ok: true });
    expect(await organizer.send('room:create', { name: 'werkstatt ü1' })).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ path: 'name' }] } });
    const busy = await organizer.send('room:remove', { roomId: 'seminar-1' });
    expect(busy).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ path: 'roomId', message: '2 session(s) are in this room: move them to another room first' }] } });
    const order = ['werkstatt-ue1', 'foyer', 'auditorium', 'seminar-1', 'seminar-2', 'aussen'];
    expect(await organizer.send('room:reorder', { roomIds: order.slice(1) })).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
    expect(await organizer.send('room:reorder', { roomIds: order })).toMatchObject({ ok: true });
    expect(await organizer.send('room:remove', { roomId: 'werkstatt-ue1' })).toMatchObject({ ok: true });
    await eventually(() => phone.lastSeq === app.store.log.lastSeq());
    expect(orderedRooms(phone.state.rooms).map((r) => r.id)).toEqual(order.slice(1));
    expect(phone.state).toEqual(app.server.live.snapshotFor(['public']).state);
  });

  it('refuses an unknown time zone and an end before the start, changing nothing', async () => {
    const app = await running();
    const organizer = await device(app.url, app.organizerToken);
    const before = app.store.log.lastSeq();
    expect(await organizer.send('event:configure', { timeZone: 'Europe/Kaiserslautern' })).toMatchObject({ ok: false, error: { issues: [{ path: 'timeZone' }] } });
    expect(await organizer.send('event:configure', { startsAt: '2026-05-15T09:00:00+02:00', endsAt: '2026-05-14T17:00:00+02:00' }))
      .toMatchObject({ ok: false, error: { issues: [{ path: 'endsAt' }] } });
    expect(app.store.log.lastSeq()).toBe(before);
  });
});
