import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventually } from '../support/socketClient.js';
import { useServers } from '../support/useServers.js';

const { running, device } = useServers();

describe('correcting and withdrawing an announcement over Socket.IO', () => {
  it("reaches a second phone live: the corrected text in place, then the announcement gone", async () => {
    const app = await running();
    const [phone, otherPhone] = await Promise.all([device(app.url), device(app.url)]);
    const moderator = await device(app.url, app.moderatorToken);
    const id = randomUUID();
    expect(await moderator.send('announcement:post', { level: 'urgent', text: 'Saal 1 gesperrt', textEn: 'Room 1 closed' }, id)).toMatchObject({ ok: true });
    await eventually(() => otherPhone.state.announcements.some((a) => a.id === id));

    const corrected = await moderator.send('announcement:correct', { announcementId: id, text: 'Saal 2 gesperrt' });
    expect(corrected).toEqual({ ok: true, seq: app.store.log.lastSeq() });
    await eventually(() => otherPhone.lastSeq === app.store.log.lastSeq() && phone.lastSeq === app.store.log.lastSeq());
    for (const attendee of [phone, otherPhone]) {
      const [shown] = attendee.state.announcements;
      expect(shown).toMatchObject({ id, level: 'urgent', text: 'Saal 2 gesperrt' });
      // The old English text would contradict the correction, so it goes with it.
      expect(shown?.textEn).toBeUndefined();
      expect(shown?.correctedAt).toEqual(expect.any(String));
    }

    expect(await moderator.send('announcement:withdraw', { announcementId: id })).toMatchObject({ ok: true });
    await eventually(() => otherPhone.lastSeq === app.store.log.lastSeq());
    expect(otherPhone.received.map((c) => c.type)).toEqual(['announcement:posted', 'announcement:corrected', 'announcement:withdrawn']);
    expect(otherPhone.state.announcements).toEqual([]);
    expect(otherPhone.state).toEqual(app.server.live.snapshotFor(['public']).state);
  });

  it('refuses an attendee and an unknown announcement, and changes nothing', async () => {
    const app = await running();
    const attendee = await device(app.url);
    const moderator = await device(app.url, app.moderatorToken);
    const id = randomUUID();
    await moderator.send('announcement:post', { level: 'info', text: 'Kaffee im Foyer' }, id);
    const before = app.store.log.lastSeq();
    expect(await attendee.send('announcement:withdraw', { announcementId: id })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await moderator.send('announcement:correct', { announcementId: 'nope', text: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await moderator.send('announcement:correct', { announcementId: id, text: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
    expect(app.store.log.lastSeq()).toBe(before);
  });
});
