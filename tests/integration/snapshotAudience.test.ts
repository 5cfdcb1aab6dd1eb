import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventually } from '../support/socketClient.js';
import { useServers } from '../support/useServers.js';

const { running, device } = useServers();
const target = { kind: 'session' as const, id: 'digitale-doerfer' };

describe('snapshots are cached per audience (issue 30)', () => {
  it('a staff snapshot made and cached first never reaches an attendee, over HTTP or the socket', async () => {
    const app = await running();
    const moderator = await device(app.url, app.moderatorToken);
    await moderator.send('moderation:set-mode', { sessionId: null, mode: 'pre' });
    const asker = await device(app.url);
    const waiting = 'Noch nicht freigegeben: Kosten der Stadt Beispielhausen';
    const questionId = randomUUID();
    expect(await asker.send('question:ask', { questionId, target, text: waiting })).toMatchObject({ ok: true });
    await eventually(() => moderator.state.questions[questionId]?.status === 'pending');

    const snapshot = async (token?: string) => (await fetch(`${app.url}/api/snapshot`, { headers: token ? { authorization: `Bearer ${token}` } : {} })).text();
    for (let round = 0; round < 3; round++) {
      // Staff first, so a cache keyed on anything but the audience would hand its bytes on.
      expect(await snapshot(app.moderatorToken)).toContain(waiting);
      expect(await snapshot()).not.toContain(waiting);
      const late = await device(app.url);
      expect(JSON.stringify(late.state)).not.toContain(waiting);
      expect(late.state.questions[questionId]).toBeUndefined();
      // A change in between makes a new snapshot for both audiences.
      expect(await moderator.send('announcement:post', { level: 'info', text: `Runde ${round}` })).toMatchObject({ ok: true });
    }
  });
});
