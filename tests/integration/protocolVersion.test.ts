import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseCommandAck } from '../../shared/failureReply.js';
import { isTooOld, protocolVersion } from '../../shared/protocol.js';
import { TestDevice } from '../support/socketClient.js';
import { useServers } from '../support/useServers.js';

const { running, track } = useServers();
const target = { kind: 'session', id: 'digitale-doerfer' } as const;
const ask = (text: string) => ({ questionId: randomUUID(), target, text });

describe('protocol version', () => {
  it('a server that no longer serves an old app refuses it with update_required, staff too, and serves the updated app', async () => {
    const app = await running({ config: { protocol: { version: protocolVersion + 1, oldestClient: protocolVersion + 1 } } });
    for (const options of [{ protocol: null }, { protocol: protocolVersion }, { protocol: protocolVersion, token: app.moderatorToken }]) {
      await expect(track(new TestDevice(app.url, options)).connect()).rejects.toThrow('update_required');
    }
    const updated = await track(new TestDevice(app.url, { protocol: protocolVersion + 1 })).connect();
    expect(updated.serverProtocol).toBe(protocolVersion + 1);
    expect(await updated.send('question:ask', ask('Nach dem Update'))).toMatchObject({ ok: true });
  });

  it('serves apps from before versions were sent: they speak version 1', async () => {
    const app = await running();
    const old = await track(new TestDevice(app.url, { protocol: null })).connect();
    expect(old.serverProtocol).toBe(protocolVersion);
    expect(await old.send('question:ask', ask('Alte App'))).toMatchObject({ ok: true });
  });

  it('a newer app against an older server: its unknown handshake fields are ignored, and the server says its version', async () => {
    const app = await running();
    const newer = await track(
      new TestDevice(app.url, { protocol: protocolVersion + 1, extraAuth: { capabilities: ['future'], locale: 'de' } }),
    ).connect();
    expect(newer.serverProtocol).toBe(protocolVersion);
    // An app that needs a newer server than this one sees it here, and keeps its commands queued.
    expect(isTooOld(newer.serverProtocol, protocolVersion + 1)).toBe(true);
    expect(isTooOld(newer.serverProtocol, protocolVersion)).toBe(false);
  });

  it('acknowledges commands in the shape the shared ack schema reads, accepted and refused', async () => {
    const app = await running();
    const phone = await track(new TestDevice(app.url)).connect();
    const accepted = await phone.send('question:ask', ask('Gelesen?'));
    const refused = await phone.sendRaw({ id: randomUUID(), type: 'question:ask', payload: { text: 'ohne Ziel' } });
    const unknown = await phone.sendRaw({ id: randomUUID(), type: 'question:shout', payload: {} });
    for (const ack of [accepted, refused, unknown]) expect(parseCommandAck(ack)).toEqual(ack);
    expect([accepted.ok, refused.ok, unknown.ok]).toEqual([true, false, false]);
  });
});
