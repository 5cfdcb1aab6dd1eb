import { createSignal } from 'solid-js';
import type { Session } from '../../../shared/model';
import { readItem, writeItem } from '../../sync/storage';
import { fingerprintOf, rebasedSeen, type Fingerprint } from './myAgendaLogic';

/**
 * What the attendee last saw of each bookmarked session, kept on the device (localStorage: small,
 * synchronous, so it is there before the first render). Recorded when a session is bookmarked and
 * again when a change is acknowledged.
 */
const storageKey = 'ortstermin.seenSessions';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Checked by hand, not with zod: this runs on every page, and the first page does not load zod.
function asFingerprint(value: unknown): Fingerprint | null {
  if (!isRecord(value)) return null;
  const { startsAt, endsAt, roomId, status, title, seq } = value;
  if (typeof startsAt !== 'string' || typeof endsAt !== 'string' || typeof roomId !== 'string') return null;
  if ((status !== 'scheduled' && status !== 'cancelled') || typeof title !== 'string') return null;
  return { startsAt, endsAt, roomId, status, title, seq: typeof seq === 'number' ? seq : 0 };
}

function load(): Record<string, Fingerprint> {
  try {
    const stored: unknown = JSON.parse(readItem(storageKey) ?? '{}');
    const loaded: [string, Fingerprint][] = [];
    for (const [id, value] of Object.entries(isRecord(stored) ? stored : {})) {
      const fingerprint = asFingerprint(value);
      if (fingerprint) loaded.push([id, fingerprint]);
    }
    // fromEntries defines own properties: an id like "__proto__" cannot reach the prototype.
    return Object.fromEntries(loaded);
  } catch {
    return {};
  }
}

const [seen, setSeen] = createSignal<Readonly<Record<string, Fingerprint>>>(load());
export { seen };

function store(next: Record<string, Fingerprint>): void {
  setSeen(next);
  writeItem(storageKey, JSON.stringify(next));
}

export function markSeen(sessions: readonly Session[], seq: number): void {
  if (sessions.length === 0) return;
  const fresh = sessions.map((session): [string, Fingerprint] => [session.id, fingerprintOf(session, seq)]);
  // Later entries win, so a session's new fingerprint replaces its old one.
  store(Object.fromEntries([...Object.entries(seen()), ...fresh]));
}

/** Drops what is kept of sessions no longer bookmarked, so the record stays small. */
export function keepSeenOnly(ids: ReadonlySet<string>): void {
  const entries = Object.entries(seen());
  const kept = entries.filter(([id]) => ids.has(id));
  if (kept.length < entries.length) store(Object.fromEntries(kept));
}

/** Called with the seq of a state just synced from the server (see `rebasedSeen`). */
export function rebaseSeen(serverSeq: number): void {
  const rebased = rebasedSeen(seen(), serverSeq);
  if (rebased) store(rebased);
}
