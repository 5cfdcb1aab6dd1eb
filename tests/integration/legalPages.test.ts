import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventually } from '../support/socketClient.js';
import { useServers } from '../support/useServers.js';

const { running, device } = useServers();

describe('legal pages and barrier reports over Socket.IO', () => {
  it('a barrier report reaches the staff devices and no attendee, also not in a fresh snapshot', async () => {
    const app = await running();
    const [reporter, bystander] = await Promise.all([device(app.url), device(app.url)]);
    const organizer = await device(app.url, app.organizerToken);
    const reportId = randomUUID();
    const sent = await reporter.send('barrier:report', { reportId, text: 'Der Kontrast der Karte ist zu schwach.', email: 'frage@example.org', page: '/map' });
    expect(sent).toEqual({ ok: true, seq: app.store.log.lastSeq() });

    await eventually(() => organizer.state.barrierReports.length === 1);
    expect(organizer.state.barrierReports[0]).toMatchObject({ id: reportId, text: 'Der Kontrast der Karte ist zu schwach.', email: 'frage@example.org', page: '/map' });
    // A later public change reaches every phone: by then the attendees have seen everything meant for them.
    expect(await organizer.send('legal:set-page', { page: 'impressum', language: 'de', text: '# Impressum\n\nStadt Kaiserslautern' })).toMatchObject({ ok: true });
    await eventually(() => bystander.lastSeq === app.store.log.lastSeq() && reporter.lastSeq === app.store.log.lastSeq());
    for (const attendee of [reporter, bystander]) {
      expect(attendee.received.map((change) => change.type)).not.toContain('barrier:reported');
      expect(attendee.state.barrierReports).toEqual([]);
      expect(attendee.state.legal.impressum?.de).toBe('# Impressum\n\nStadt Kaiserslautern');
    }
    const late = await device(app.url);
    expect(late.state.barrierReports).toEqual([]);
    expect(JSON.stringify(late.state)).not.toContain('frage@example.org');
    const lateStaff = await device(app.url, app.moderatorToken);
    expect(lateStaff.state.barrierReports.map((report) => report.id)).toEqual([reportId]);
  });

  it('refuses an empty report, a bad e-mail address, and legal texts from anyone but the organizer', async () => {
    const app = await running();
    const attendee = await device(app.url);
    const moderator = await device(app.url, app.moderatorToken);
    const before = app.store.log.lastSeq();
    expect(await attendee.send('barrier:report', { reportId: randomUUID(), text: ' \u200B ', page: '/' })).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
    expect(await attendee.send('barrier:report', { reportId: randomUUID(), text: 'x', email: 'keine-adresse', page: '/' })).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
    expect(await attendee.send('legal:set-page', { page: 'impressum', language: 'de', text: 'x' })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await moderator.send('legal:set-page', { page: 'impressum', language: 'de', text: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(app.store.log.lastSeq()).toBe(before);
  });

  it("an organizer's text, then an empty one, goes back to the proposed text; the same text again is no change", async () => {
    const app = await running();
    const phone = await device(app.url);
    const organizer = await device(app.url, app.organizerToken);
    const set = (text: string) => organizer.send('legal:set-page', { page: 'datenschutz', language: 'en', text });
    await set('# Privacy\n\nWe store little.');
    const afterFirst = app.store.log.lastSeq();
    await set('# Privacy\n\nWe store little.');
    expect(app.store.log.lastSeq()).toBe(afterFirst);
    await eventually(() => phone.state.legal.datenschutz?.en === '# Privacy\n\nWe store little.');
    await set('');
    await eventually(() => phone.lastSeq === app.store.log.lastSeq());
    expect(phone.state.legal.datenschutz).toEqual({});
    expect(phone.state).toEqual(app.server.live.snapshotFor(['public']).state);
  });
});
