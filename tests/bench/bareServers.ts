import { randomUUID } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Change } from '../../shared/changes.js';
import { socketEvents, type SyncReply } from '../../shared/events.js';
import { emptyState, schemaVersion } from '../../shared/publicState.js';
import { applyChange } from '../../shared/reducer.js';
import { loadDemoEvent } from '../../server/demo/loadDemoEvent.js';

/**
 * The baselines: servers that do nothing but deliver. They take the moderator's command as the
 * app does and broadcast the change the app would make from it, without validation, storage or
 * rooms. Both answer `sync` with the same demo snapshot, so clients hold the same state.
 */
let seq = 1;
const programme = { seq, at: new Date().toISOString(), type: 'programme:loaded', audience: 'public', data: loadDemoEvent() } as const;
const state = applyChange(emptyState, programme);

function syncReply(request: unknown): SyncReply {
  const lastSeq = (request as { lastSeq?: number | null } | null)?.lastSeq ?? null;
  const serverTime = Date.now();
  if (lastSeq !== null) return { kind: 'changes', changes: [], seq, serverTime };
  return { kind: 'snapshot', snapshot: { seq, schemaVersion, state }, serverTime };
}

interface BenchCommand {
  id: string;
  type: string;
  payload: Record<string, string>;
}

/** The change the app makes from a bench command (announcements and moves only). */
export function changeFor(command: BenchCommand): Change | null {
  const at = new Date().toISOString();
  const p = command.payload;
  if (command.type === 'announcement:post') {
    const announcement = { id: command.id, level: p.level as 'info', text: p.text!, postedAt: at };
    return { seq: ++seq, at, type: 'announcement:posted', audience: 'public', data: { announcement } };
  }
  if (command.type === 'session:move') {
    const slot = { startsAt: p.startsAt!, endsAt: p.endsAt!, roomId: p.roomId! };
    return { seq: ++seq, at, type: 'session:moved', audience: 'public', data: { sessionId: p.sessionId!, slot } };
  }
  return null;
}

export function attachBareSocketIo(httpServer: HttpServer): { clients: () => number } {
  const io = new Server(httpServer, { serveClient: false });
  io.on('connection', (socket) => {
    socket.on(socketEvents.sync, (request: unknown, ack: (reply: SyncReply) => void) => ack(syncReply(request)));
    socket.on(socketEvents.command, (command: BenchCommand, ack: (result: unknown) => void) => {
      const change = changeFor(command);
      if (change) io.emit(socketEvents.change, change);
      ack({ ok: true, seq });
    });
  });
  return { clients: () => io.engine.clientsCount };
}

/** Speaks the few Engine.IO/Socket.IO frames the light client needs; broadcasts one pre-made buffer. */
export function attachBareWs(httpServer: HttpServer): { clients: () => number } {
  const wss = new WebSocketServer({ server: httpServer, path: '/socket.io/', perMessageDeflate: false });
  const sockets = new Set<WebSocket>();
  const open = `0${JSON.stringify({ sid: 'bare', upgrades: [], pingInterval: 25000, pingTimeout: 20000, maxPayload: 1e6 })}`;
  const send = (ws: WebSocket, id: string, result: unknown) => ws.send(`43${id}${JSON.stringify([result])}`);

  wss.on('connection', (ws) => {
    ws.send(open);
    ws.on('close', () => sockets.delete(ws));
    ws.on('message', (data: Buffer) => {
      const text = data.toString();
      if (text.startsWith('40')) {
        sockets.add(ws);
        return ws.send(`40${JSON.stringify({ sid: randomUUID() })}`);
      }
      const match = /^42(\d*)(\[.*)$/s.exec(text);
      if (!match) return;
      const [name, arg] = JSON.parse(match[2]!) as [string, unknown];
      if (name === socketEvents.sync) return send(ws, match[1]!, syncReply(arg));
      if (name !== socketEvents.command) return;
      const change = changeFor(arg as BenchCommand);
      if (change) {
        const frame = Buffer.from(`42${JSON.stringify([socketEvents.change, change])}`);
        for (const socket of sockets) socket.send(frame, { binary: false });
      }
      send(ws, match[1]!, { ok: true, seq });
    });
  });
  return { clients: () => sockets.size };
}
