import { z } from 'zod';
import { commandProblem, isCommand } from '../../shared/commands';
import type { OutboxEntry } from './persistence';

/*
 * The outbox's entries as this version of the app reads them back. An entry written by an older
 * version (before an update) may no longer be a command the server accepts: it is dropped with
 * its reason, never sent blindly. Loaded with a dynamic import, as zod is not on the first page.
 */

const storedParts = z.object({ id: z.string(), queuedAt: z.number() });

export interface Refused {
  /** The stored key, so the entry can be deleted; null when even that is unreadable. */
  id: string | null;
  problem: string;
}

export function checkStoredEntries(stored: readonly unknown[]): { entries: OutboxEntry[]; refused: Refused[] } {
  const entries: OutboxEntry[] = [];
  const refused: Refused[] = [];
  for (const raw of stored) {
    const parts = storedParts.safeParse(raw);
    if (!parts.success) refused.push({ id: null, problem: 'not an outbox entry' });
    else if (!isCommand(raw)) refused.push({ id: parts.data.id, problem: commandProblem(raw) ?? 'not a command' });
    else entries.push({ ...raw, queuedAt: parts.data.queuedAt });
  }
  return { entries, refused };
}
