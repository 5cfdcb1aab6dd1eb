import { createSignal } from 'solid-js';
import { readItem, removeItem, writeItem } from '../../sync/storage';
import { entryOf, makeMailboxKey, type MailboxKey } from './mailboxKeys';

/*
 * The mailbox a "Wer ist da?" listing names for card requests: one per phone and event, made when
 * the phone lists itself with requests on and kept (and fetched) for as long as the listing is,
 * unlike a card's mailboxes, which change once used or after a day. Its private key stays here.
 */

const key = 'ortstermin.requestMailbox';

function load(): MailboxKey | null {
  try {
    return entryOf(JSON.parse(readItem(key) ?? 'null'))[0] ?? null;
  } catch {
    return null;
  }
}

const [stored, setStored] = createSignal<MailboxKey | null>(load());

/** The request mailbox to fetch, if this phone has one. */
export function requestMailboxes(): readonly MailboxKey[] {
  const entry = stored();
  return entry ? [entry] : [];
}

/** This phone's request mailbox, made once; null where the phone cannot keep its key (requests would be lost). */
export async function ensureRequestMailbox(): Promise<MailboxKey | null> {
  const kept = stored();
  if (kept) return kept;
  const made = await makeMailboxKey();
  if (!made || !writeItem(key, JSON.stringify(made))) return null;
  setStored(made);
  return made;
}

/** The listing is gone or takes no requests: the mailbox is no longer fetched, and its key is forgotten. */
export function forgetRequestMailbox(): void {
  removeItem(key);
  setStored(null);
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', () => setStored(load()));
}
