import { createSignal } from 'solid-js';
import { bytesOfHex, hexOf } from '../../../shared/bytes';
import { dropLimits, mailboxIdPattern } from '../../../shared/dropLimits';
import { newMailboxId, type ReplyAddress } from '../../../shared/replyAddress';
import { newDropKey, type DropPrivateKey } from '../../../shared/sealedDrop';
import { readItem, writeItem } from '../../sync/storage';

/*
 * This phone's mailboxes: each a made-up id and a one-time key pair, kept on the phone only (the
 * private key never leaves it). The card's QR code shows the current one; once a card came in
 * through it, or a day after it was made, the next code shows a new one. An old one is still
 * fetched until the server cannot hold anything for it any more, then forgotten. No zod here:
 * this module is loaded with the app's shell.
 */

export interface MailboxKey {
  mailbox: string;
  /** The public key's x coordinate, hex. */
  x: string;
  privateJwk: DropPrivateKey;
  createdAt: number;
  /** Set once a card came in: the code then shows a new mailbox. */
  usedAt: number | null;
}

const key = 'ortstermin.mailboxes';
/** A mailbox is shown at most this long, and fetched until the last item sent in that time is erased. */
const showMs = dropLimits.keepMs;
const listenMs = showMs + dropLimits.keepMs;
const kept = 8;

const isString = (value: unknown): value is string => typeof value === 'string' && value.length < 200;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Read by hand from the phone's own storage: an entry that is not what it should be is dropped. */
export function entryOf(value: unknown): MailboxKey[] {
  if (!isRecord(value)) return [];
  const { mailbox, x, privateJwk, createdAt, usedAt } = value;
  if (!isString(mailbox) || !mailboxIdPattern.test(mailbox) || !isString(x) || !/^[0-9a-f]{64}$/.test(x)) return [];
  if (typeof createdAt !== 'number' || !(usedAt === null || typeof usedAt === 'number')) return [];
  if (!isRecord(privateJwk)) return [];
  const jwk = privateJwk;
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !isString(jwk.x) || !isString(jwk.y) || !isString(jwk.d)) return [];
  return [{ mailbox, x, createdAt, usedAt, privateJwk: { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, d: jwk.d } }];
}

function load(): MailboxKey[] {
  try {
    const stored: unknown = JSON.parse(readItem(key) ?? '[]');
    return Array.isArray(stored) ? stored.flatMap(entryOf) : [];
  } catch {
    return [];
  }
}

const [keys, setKeys] = createSignal<readonly MailboxKey[]>(load());

function save(next: readonly MailboxKey[]): boolean {
  setKeys(next);
  return writeItem(key, JSON.stringify(next));
}

/** The mailboxes to fetch now: those made in the last two days (one shown, one kept by the server). */
export function listeningMailboxes(now = Date.now()): readonly MailboxKey[] {
  return keys().filter((entry) => now - entry.createdAt < listenMs);
}

const showable = (entry: MailboxKey, now: number) => entry.usedAt === null && now - entry.createdAt < showMs;

/** The mailbox the card's code shows, if there is one now (reactive: a new one after a card came in). */
export function shownMailbox(now = Date.now()): MailboxKey | null {
  return keys().find((entry) => showable(entry, now)) ?? null;
}

/** A new id and key pair, not yet kept anywhere; null without Web Crypto. */
export async function makeMailboxKey(): Promise<MailboxKey | null> {
  if (!globalThis.crypto?.subtle) return null;
  const made = await newDropKey().catch(() => null);
  if (!made) return null;
  return { mailbox: newMailboxId(), x: hexOf(made.x), privateJwk: made.privateJwk, createdAt: Date.now(), usedAt: null };
}

/** Makes the next mailbox; null where the phone cannot keep it (no storage, no Web Crypto): the card then has no reply address. */
export async function newMailbox(): Promise<MailboxKey | null> {
  const entry = await makeMailboxKey();
  if (!entry) return null;
  const now = entry.createdAt;
  const next = [entry, ...listeningMailboxes(now)].slice(0, kept);
  // A key the phone cannot keep would lose every card sent to it: no reply address then.
  if (!writeItem(key, JSON.stringify(next))) return null;
  setKeys(next);
  return entry;
}

/** A card came in through this mailbox: the code shows a new one from now on. */
export function markUsed(mailbox: string): void {
  save(keys().map((entry) => (entry.mailbox === mailbox && entry.usedAt === null ? { ...entry, usedAt: Date.now() } : entry)));
}

export function replyAddressOf(entry: MailboxKey): ReplyAddress {
  return { mailbox: entry.mailbox, key: bytesOfHex(entry.x) };
}

/** Re-read when another tab of this app changed them. */
if (typeof window !== 'undefined') {
  window.addEventListener('storage', () => setKeys(load()));
}
