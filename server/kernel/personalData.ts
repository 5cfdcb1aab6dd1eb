import { createHmac, randomBytes } from 'node:crypto';
import type { Change, ChangeDraft, ChangeType } from '../../shared/changes.js';
import type { FieldIssue } from '../../shared/errors.js';
import type { PublicState } from '../../shared/publicState.js';

/**
 * One erasure run's pseudonyms for device ids: the same id gets the same pseudonym within the run,
 * so a replay counts every vote as before, and the key is thrown away with the run, so nobody can
 * tell which device a pseudonym stood for.
 */
export interface ErasureRun {
  pseudonym(deviceId: string): string;
}

/** What pseudonyms start with: a device id that does is erased already. */
export const pseudonymPrefix = 'x.';

export function newErasureRun(): ErasureRun {
  const key = randomBytes(32);
  return { pseudonym: (deviceId) => `${pseudonymPrefix}${createHmac('sha256', key).update(deviceId).digest().subarray(0, 16).toString('base64url')}` };
}

/** A device id as an erased change keeps it, or null when it is a pseudonym already. */
export function erasedDeviceId(deviceId: string, run: ErasureRun): string | null {
  return deviceId.startsWith(pseudonymPrefix) ? null : run.pseudonym(deviceId);
}

/** What erasing one device's data ("Meine Daten") takes: the changes, or the ids it named that another device sent. */
export interface DeviceErasure {
  drafts: ChangeDraft[];
  foreign: FieldIssue[];
}

/**
 * Personal data a feature keeps in the event's log, and how it is erased: on time (every change of
 * `types` rewritten without it) and for one device ("Meine Daten"). A feature that keeps more (a
 * "who is here" listing, mailboxes) adds one of these to its `personalData`; the privacy feature
 * runs them all.
 */
export interface PersonalData {
  /** For the log line: what it erases, e.g. "askers' names" (counts only, never the data). */
  what: string;
  types: readonly ChangeType[];
  /** The change's data without the personal data, or null when it holds none (any more). */
  erase(change: Change, run: ErasureRun): Change['data'] | null;
  /** One device's data: the changes that erase it, decided on the state; `claimed`: the question ids the phone named. */
  ofDevice?(deviceId: string, claimed: readonly string[], state: PublicState): DeviceErasure;
}

/**
 * Personal data a feature keeps beside the log for a short time, in the event's store (sealed
 * mailbox items): the privacy feature erases what is older than `keepMs` on its timer, whatever the
 * organizer's period, and all of it with the event's erasure ("Jetzt löschen", erasure on time).
 */
export interface HeldPersonalData {
  /** For the log line: what it erases, e.g. "mailbox items" (counts only). */
  what: string;
  keepMs: number;
  /** Erases what was kept before `beforeMs` (everything: `Infinity`); how many items. */
  eraseBefore(beforeMs: number): Promise<number>;
}
