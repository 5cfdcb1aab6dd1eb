import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../server/kernel/store.js';
import { eventually, TestDevice } from './socketClient.js';
import { standA, standB } from './questionFixture.js';
import { hostToken, startTestServer } from './testServer.js';
import { phonesInBursts } from './phones.js';
import { useServers } from './useServers.js';

const secretPhone = '+49 6341 555 0199';
const secretEmail = 'privat.dorf@example.org';

/**
 * Stand profiles edited live (issue 25) through real sockets, per store: what a host did not tick
 * public never reaches an attendee, live, in a snapshot, in a catch-up, or after a restart that
 * reads the event back from the store.
 */
export function registerStandProfileSuite(storeName: string, makeStore?: () => Promise<Store>): void {
  const { running, device, defer, track } = useServers();
  const start = async () => running(makeStore ? { store: await makeStore() } : {});
  const leaks = (what: unknown) => [secretPhone, secretEmail].some((secret) => JSON.stringify(what).includes(secret));

  describe(`stand profiles on ${storeName}`, () => {
    it('a host’s edit reaches attendees live; a second editor sees it, and the later save of a field wins', async () => {
      const app = await start();
      const [attendee, host, organizer] = [await device(app.url), await device(app.url, await hostToken(app.server, standA)), await device(app.url, app.organizerToken)];
      const sentAt = Date.now();
      expect(await host.send('stand:edit-profile', { standId: standA, summary: 'Ein Dorf, eine App', en: { summary: 'One village, one app' } })).toMatchObject({ ok: true });
      await eventually(() => attendee.state.stands[standA]?.summary === 'Ein Dorf, eine App');
      const took = Date.now() - sentAt;
      console.log(`profile edit on ${storeName}: on the attendee's phone after ${took} ms`);
      await eventually(() => organizer.state.stands[standA]?.en?.summary === 'One village, one app');
      expect(await organizer.send('stand:edit-profile', { standId: standA, cost: 'ca. 25.000 € einmalig' })).toMatchObject({ ok: true });
      expect(await host.send('stand:edit-profile', { standId: standA, summary: 'Dorf-App für 20 Gemeinden' })).toMatchObject({ ok: true });
      await eventually(() => host.state.stands[standA]?.cost === 'ca. 25.000 € einmalig');
      await eventually(() => attendee.state.stands[standA]?.summary === 'Dorf-App für 20 Gemeinden');
      expect(attendee.state.stands[standA]).toMatchObject({ cost: 'ca. 25.000 € einmalig', en: { summary: 'One village, one app' } });
    });

    it('refuses a host editing another stand and an attendee editing any, over the socket, changing nothing', async () => {
      const app = await start();
      const [attendee, hostOfA] = [await device(app.url), await device(app.url, await hostToken(app.server, standA))];
      const before = app.store.log.lastSeq();
      expect(await hostOfA.send('stand:edit-profile', { standId: standB, summary: 'Übernommen' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await attendee.send('stand:edit-profile', { standId: standA, summary: 'Übernommen' })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
      expect(await hostOfA.send('stand:create', { name: 'Eigener Stand', roomId: 'foyer' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(app.store.log.lastSeq()).toBe(before);
      expect(app.server.live.state().stands[standB]?.summary).toBeUndefined();
    });

    it('a profile edit reaches 200 phones; a host of one stand is refused another’s over HTTP too', async () => {
      const app = await start();
      const token = await hostToken(app.server, standA);
      const phones = await phonesInBursts(device, app.url, 200);
      const host = await device(app.url, token);
      expect(await host.send('stand:edit-profile', { standId: standA, implementation: 'Mit zwei Nachbargemeinden in sechs Monaten' })).toMatchObject({ ok: true });
      await eventually(() => phones.every((phone) => phone.state.stands[standA]?.implementation === 'Mit zwei Nachbargemeinden in sechs Monaten'), 20_000);
      const before = app.store.log.lastSeq();
      const body = JSON.stringify({ id: randomUUID(), type: 'stand:edit-profile', payload: { standId: standB, summary: 'Übernommen' } });
      const response = await fetch(`${app.url}/api/commands`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(app.store.log.lastSeq()).toBe(before);
    });

    it('never sends a contact field that is not public to an attendee: live, snapshot, catch-up, after a restart', async () => {
      const app = await start();
      const [attendee, late, hostOfA, hostOfB, moderator] = [
        await device(app.url), track(new TestDevice(app.url)), await device(app.url, await hostToken(app.server, standA)),
        await device(app.url, await hostToken(app.server, standB)), await device(app.url, app.moderatorToken),
      ];
      await late.connect();
      late.disconnect();
      const contact = { phone: { value: secretPhone, public: false }, email: { value: secretEmail, public: false }, name: { value: 'Frau Beispiel', public: true } };
      expect(await hostOfA.send('stand:edit-profile', { standId: standA, contact })).toMatchObject({ ok: true });
      await eventually(() => attendee.state.stands[standA]?.contact.name === 'Frau Beispiel');
      await eventually(() => moderator.state.standContacts[standA]?.phone?.value === secretPhone);
      expect(hostOfA.state.standContacts[standA]).toEqual(contact);
      expect(leaks(attendee.received) || leaks(attendee.state)).toBe(false);
      expect(leaks(hostOfB.received) || leaks(hostOfB.state)).toBe(false);
      expect(leaks((await device(app.url)).state)).toBe(false);
      await late.connect();
      expect(late.state.stands[standA]?.contact.name).toBe('Frau Beispiel');
      expect(leaks(late.state) || leaks(late.received)).toBe(false);
      const snapshot = await (await fetch(`${app.url}/api/snapshot`)).text();
      expect(snapshot).toContain('Frau Beispiel');
      expect(leaks(snapshot)).toBe(false);

      await app.server.close();
      const again = await startTestServer({ store: app.store });
      defer(() => again.close());
      const [afterRestart, hostAgain] = [await device(again.url), await device(again.url, await hostToken(again.server, standA))];
      expect(afterRestart.state.stands[standA]?.contact.name).toBe('Frau Beispiel');
      expect(leaks(afterRestart.state)).toBe(false);
      expect(hostAgain.state.standContacts[standA]?.email?.value).toBe(secretEmail);
    });

    it('the organizer removes a stand: its codes are revoked, its answered question stays readable under its name', async () => {
      const app = await start();
      const [attendee, organizer] = [await device(app.url), await device(app.url, app.organizerToken)];
      const host = await device(app.url, await hostToken(app.server, standB));
      const questionId = randomUUID();
      await attendee.send('question:ask', { questionId, target: { kind: 'stand', id: standB }, text: 'Wie hell sind die Masten?' });
      expect(await host.send('question:answer', { questionId, text: '3000 Lumen' })).toMatchObject({ ok: true });
      const name = app.server.live.state().stands[standB]!.name;
      expect(await organizer.send('stand:remove', { standId: standB })).toMatchObject({ ok: true });
      await eventually(() => attendee.state.stands[standB] === undefined);
      expect(attendee.state.formerStands[standB]).toBe(name);
      expect(attendee.state.questions[questionId]?.answer?.text).toBe('3000 Lumen');
      const codes = await app.server.access.listCodes();
      expect(codes.filter((code) => code.standId === standB).every((code) => code.revokedAt !== null)).toBe(true);
      await eventually(() => !host.socket.connected);
      await expect(new TestDevice(app.url, { token: await hostToken(app.server, standA) }).connect().then((d) => d.disconnect())).resolves.toBeUndefined();
    });

    it('a host marks an answered question of their stand as FAQ; attendees see the mark live; another stand’s host cannot', async () => {
      const app = await start();
      const [attendee, hostOfA, hostOfB] = [await device(app.url), await device(app.url, await hostToken(app.server, standA)), await device(app.url, await hostToken(app.server, standB))];
      const questionId = randomUUID();
      await attendee.send('question:ask', { questionId, target: { kind: 'stand', id: standA }, text: 'Was kostet die App im Jahr?' });
      expect(await hostOfA.send('question:mark-faq', { questionId, faq: true })).toMatchObject({ ok: false, error: { code: 'conflict' } });
      await hostOfA.send('question:answer', { questionId, text: 'Etwa 3.000 € im Jahr.' });
      expect(await hostOfB.send('question:mark-faq', { questionId, faq: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await hostOfA.send('question:mark-faq', { questionId, faq: true })).toMatchObject({ ok: true });
      await eventually(() => attendee.state.questions[questionId]?.faq === true);
      expect(await hostOfA.send('question:mark-faq', { questionId, faq: false })).toMatchObject({ ok: true });
      await eventually(() => attendee.state.questions[questionId]?.faq === false);
    });
  });
}
