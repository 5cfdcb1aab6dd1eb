import { createSignal } from 'solid-js';
import type { Command, CommandPayload, CommandType } from '../../shared/commands';
import type { CommandResult } from '../../shared/errors';
import { commandOf } from '../../shared/protocol';
import type { SendResult } from './commandResult';
import { deleteQueued, loadOutbox, putQueued, type OutboxEntry } from './persistence';
import { uuid } from './uuid';

export type { OutboxEntry };
type Sender = (command: Command) => Promise<SendResult>;
type SettledListener = (entry: OutboxEntry, result: CommandResult) => void;

const [queued, setQueued] = createSignal<readonly OutboxEntry[]>([]);
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

/**
 * Reads back what a closed tab or a crash left queued, each entry checked with the shared schemas
 * (`outboxCheck.ts`, loaded only when there is something to check): one this version no longer
 * accepts is dropped, and the reason logged, instead of being sent blindly.
 */
export async function restoreOutbox(): Promise<void> {
  const stored = await loadOutbox();
  if (stored.length === 0) return;
  const { checkStoredEntries } = await import('./outboxCheck');
  const { entries, refused } = checkStoredEntries(stored);
  for (const { id, problem } of refused) {
    console.warn(`outbox: a stored command (${id ?? 'no id'}) is dropped, this version cannot send it: ${problem}`);
    if (id !== null) await deleteQueued(id);
  }
  const known = new Set(queued().map((c) => c.id));
  setQueued([...entries.filter((c) => !known.has(c.id)), ...queued()]);
}

/**
 * Queues a command and sends it when it can. It is written to IndexedDB before it counts as
 * queued, so a crash, a closed tab or a dead network cannot lose what the person saw accepted;
 * its id is fixed now, so sending it twice is harmless. Resolves to the command's id.
 */
export async function enqueueCommand<K extends CommandType>(type: K, payload: CommandPayload<K>): Promise<string> {
  const entry: OutboxEntry = { ...commandOf(uuid(), type, payload), queuedAt: Date.now() };
  // Without IndexedDB (private mode) it still goes out while the page lives.
  await putQueued(entry).catch(() => undefined);
  setQueued([...queued(), entry]);
  void flushOutbox();
  return entry.id;
}

const retryAfterFailureMs = 5000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function settle(entry: OutboxEntry, result: CommandResult): Promise<void> {
  setQueued(queued().filter((c) => c.id !== entry.id));
  listeners.forEach((listener) => listener(entry, result));
  return deleteQueued(entry.id);
}

/** The server's final word, or null when the command must be sent again later. */
function finalAnswer(result: SendResult): CommandResult | null {
  if (result.ok) return result;
  const { code } = result.error;
  if (code === 'timeout' || code === 'offline' || code === 'unreadable' || code === 'internal' || code === 'unavailable' || code === 'rate_limited') return null;
  // The server refused this app's version: the command waits for the updated app, which checks it.
  if (code === 'update_required') return null;
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
