import { createSignal } from 'solid-js';
import type { ContactCard } from '../../../shared/contactCard';
import { readItem, writeItem } from '../../sync/storage';
import { uuid } from '../../sync/uuid';
import { livePending, parsePending, withRequest, type PendingRequest } from './pendingRequests';

/** Card requests waiting for an answer: kept on this phone only, per event, a day at most. */
const key = 'ortstermin.cardRequests';

const [pending, setPending] = createSignal<readonly PendingRequest[]>(parsePending(readItem(key), Date.now()));

/** The requests waiting now (one past its day is no longer offered). */
export function pendingRequests(): readonly PendingRequest[] {
  return livePending(pending(), Date.now());
}

function save(next: readonly PendingRequest[]): boolean {
  setPending(next);
  return writeItem(key, JSON.stringify(next));
}

/** False when the phone refused to store it (it is then shown on this page only). */
export function addPendingRequest(card: ContactCard, reply: string): boolean {
  const now = Date.now();
  return save(withRequest(pending(), { id: uuid(), card, reply, receivedAt: now }, now));
}

/** Answered or turned down: the request and the requester's card are gone from this list. */
export function removePendingRequest(id: string): void {
  save(pending().filter((request) => request.id !== id));
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', () => setPending(parsePending(readItem(key), Date.now())));
}
