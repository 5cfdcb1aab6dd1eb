import type { Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import type { sendCommand } from '../../client/sync/connection.js';
import type { enqueueCommand } from '../../client/sync/outbox.js';
import type { OutboxEntry } from '../../client/sync/persistence.js';
import { commandProblem, type Command } from '../../shared/commands.js';
import { socketEvents, type ClientToServerEvents, type ServerToClientEvents } from '../../shared/events.js';

/*
 * The protocol's types reach the client's sending functions: a misspelt payload field or an
 * unknown command type does not compile there. `npm run check` typechecks this file; every
 * `@ts-expect-error` line must be an error, or the check fails. The calls are never run.
 */

const sessionId = 'eroeffnung';

export function compileOnly(
  send: typeof sendCommand,
  enqueue: typeof enqueueCommand,
  socket: Socket<ServerToClientEvents, ClientToServerEvents>,
): void {
  void send('session:move', { sessionId, roomId: 'saal-1' });
  // @ts-expect-error a misspelt payload field
  void send('session:move', { seesionId: sessionId, roomId: 'saal-1' });
  // @ts-expect-error an unknown command type
  void send('session:teleport', { sessionId });
  // @ts-expect-error a field of the wrong type
  void enqueue('question:vote', { questionId: crypto.randomUUID(), up: 'yes' });
  // @ts-expect-error a misspelt payload field in the outbox
  void enqueue('question:vote', { qestionId: crypto.randomUUID(), up: true });

  socket.emit(socketEvents.command, { id: crypto.randomUUID(), type: 'session:reinstate', payload: { sessionId } }, () => undefined);
  // @ts-expect-error a misspelt payload field on the socket
  socket.emit(socketEvents.command, { id: crypto.randomUUID(), type: 'session:move', payload: { seesionId: sessionId } }, () => undefined);
  // @ts-expect-error an unknown command type on the socket
  socket.emit(socketEvents.command, { id: crypto.randomUUID(), type: 'session:teleport', payload: { sessionId } }, () => undefined);
  // @ts-expect-error a sync request without its fields
  socket.emit(socketEvents.sync, { since: 3 }, () => undefined);
}

// @ts-expect-error an outbox entry carries a command of a known type
export const strayEntry: OutboxEntry = { id: 'x', type: 'session:teleport', payload: {}, queuedAt: 0 };

describe('the typed protocol', () => {
  it('refuses at run time what it refuses at compile time (a stored command, a hostile client)', () => {
    const valid: Command = { id: crypto.randomUUID(), type: 'session:reinstate', payload: { sessionId } };
    expect(commandProblem(valid)).toBeNull();
    expect(commandProblem({ ...valid, type: 'session:move', payload: { seesionId: sessionId } })).toContain('sessionId');
    expect(commandProblem({ ...valid, type: 'session:teleport' })).toBe('unknown command type session:teleport');
  });
});
