import { createSignal } from 'solid-js';
import type { CommandPayload, CommandType } from '../../shared/commands';
import type { CommandResult } from '../../shared/errors';
import type { SendResult } from './commandResult';
import { deleteQueued, loadOutbox, putQueued, type QueuedCommand } from './persistence';
import { uuid } from './uuid';

export type { QueuedCommand };
type Sender = (command: QueuedCommand) => Promise<SendResult>;
type SettledListener = (command: QueuedCommand, result: CommandResult) => void;

const [queued, setQueued] = createSignal<readonly QueuedCommand[]>([]);
/** Commands waiting to be sent, oldest first: the UI marks them "wird gesendet". */
export const outboxItems = queued;

let send: Sender | null = null;
let connected: () => boolean = () => false;
let flushing = false;
const listeners = new Set<SettledListener>();

/** Called once the server has answered a queued command for good: accepted, or refused. */
export function onOutboxSettled(listener: SettledListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function restoreOutbox(): Promise<void> {
  const stored = await loadOutbox();
  const known = new Set(queued().map((c) => c.id));
  setQueued([...stored.filter((c) => !known.has(c.id)), ...queued()]);
}

/**
 * Queues a command and sends it when it can. It is written to IndexedDB before it counts as
 * queued, so a crash, a closed tab or a dead network cannot lose what the person saw accepted;
 * its id is fixed now, so sending it twice is harmless. Resolves to the command's id.
 */
export async function enqueueCommand<K extends CommandType>(type: K, payload: CommandPayload<K>): Promise<string> {
  const command: QueuedCommand = { id: uuid(), type, payload, queuedAt: Date.now() };
  // Without IndexedDB (private mode) it still goes out while the page lives.
  await putQueued(command).catch(() => undefined);
  setQueued([...queued(), command]);
  void flushOutbox();
  return command.id;
}

const retryAfterFailureMs = 5000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function settle(command: QueuedCommand, result: CommandResult): Promise<void> {
  setQueued(queued().filter((c) => c.id !== command.id));
  listeners.forEach((listener) => listener(command, result));
  return deleteQueued(command.id);
}

/** The server's final word, or null when the command must be sent again later. */
function finalAnswer(result: SendResult): CommandResult | null {
  if (result.ok) return result;
  const { code } = result.error;
  if (code === 'timeout' || code === 'offline' || code === 'internal' || code === 'unavailable' || code === 'rate_limited') return null;
  return { ok: false, error: { ...result.error, code } };
}

/** Sends the queue in order, one at a time, while connected. */
export async function flushOutbox(): Promise<void> {
  if (flushing || !send) return;
  flushing = true;
  try {
    for (let next = queued()[0]; next && connected(); next = queued()[0]) {
      const result = await send(next);
      const answer = finalAnswer(result);
      if (answer) await settle(next, answer);
      else if (!result.ok && result.error.code === 'rate_limited') await sleep(result.error.retryAfterMs ?? 1000);
      else {
        // No answer, or the server failed: keep it, and try again soon (or at the next connect).
        setTimeout(() => void flushOutbox(), retryAfterFailureMs);
        break;
      }
    }
  } finally {
    flushing = false;
  }
}

export function connectOutbox(sender: Sender, isConnected: () => boolean): void {
  send = sender;
  connected = isConnected;
}
