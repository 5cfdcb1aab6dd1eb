import { indexStands, searchStands } from '../../client/features/stands/standSearch.js';
import { manyStands, typedQueries } from '../support/manyStands.js';
import { eventually, TestDevice } from '../support/socketClient.js';
import { startTestServer } from '../support/testServer.js';
import { median } from './stats.js';

/**
 * Times the tests only check happen (they would be flaky as assertions on a busy machine):
 * the stand search on a large directory, a calm device's acknowledgements while another floods,
 * and how soon a revoked code's sockets are closed. In the bench process, on its core.
 */
export interface GuardFigures {
  stand_search_1000_ms: number;
  flood_calm_ack_max_ms: number;
  revoke_disconnect_ms: number;
}

function standSearchMs(): number {
  const stands = manyStands(1000);
  const runs = Array.from({ length: 5 }, () => {
    const started = performance.now();
    const index = indexStands(stands);
    for (const query of typedQueries) searchStands(index, query);
    return performance.now() - started;
  });
  return median(runs) ?? Number.NaN;
}

const target = { kind: 'session' as const, id: 'digitale-doerfer' };
const ask = (device: TestDevice, text: string) => device.send('question:ask', { questionId: crypto.randomUUID(), target, text });

async function floodAndRevoke(): Promise<{ calm: number; revoke: number }> {
  const app = await startTestServer();
  const devices: TestDevice[] = [];
  try {
    const connect = async (token?: string) => {
      const device = new TestDevice(app.url, token ? { token } : {});
      devices.push(device);
      return device.connect();
    };
    const [flooder, calm] = [await connect(), await connect()];
    const flood = Array.from({ length: 400 }, () => ask(flooder, 'Flut'));
    const calmTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await ask(calm, `Ruhige Frage ${i}`);
      calmTimes.push(performance.now() - started);
    }
    await Promise.all(flood);

    const { record, code } = (await app.server.access.createCode({ role: 'moderator', label: 'Saal B' }));
    const staff = await connect((await app.server.access.redeem(code))!.token);
    const revokedAt = performance.now();
    await app.server.fetch(
      new Request(`${app.url}/api/access/codes/${record.id}/revoke`, { method: 'POST', headers: { authorization: `Bearer ${app.organizerToken}` } }),
    );
    await eventually(() => !staff.socket.connected, 10_000);
    return { calm: Math.max(...calmTimes), revoke: performance.now() - revokedAt };
  } finally {
    devices.forEach((d) => d.disconnect());
    await app.close();
  }
}

export async function guardFigures(): Promise<GuardFigures> {
  const { calm, revoke } = await floodAndRevoke();
  return { stand_search_1000_ms: Math.round(standSearchMs()), flood_calm_ack_max_ms: Math.round(calm), revoke_disconnect_ms: Math.round(revoke) };
}
