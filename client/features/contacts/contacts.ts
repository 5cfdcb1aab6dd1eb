import { createSignal } from 'solid-js';
import type { ContactCard } from '../../../shared/contactCard';
import { readItem, removeItem, writeItem } from '../../sync/storage';
import { uuid } from '../../sync/uuid';
import { contactLimits, contactWithCard, parseStoredContacts, type Contact, type MetAt } from './contactList';

/** "Meine Kontakte": kept in this phone's storage, per event, never sent anywhere. */
const key = 'ortstermin.contacts';

const [contacts, setContacts] = createSignal<readonly Contact[]>(parseStoredContacts(readItem(key)));
export { contacts };

/** False when the phone refused to store the list (private mode, full storage). */
function save(next: readonly Contact[]): boolean {
  setContacts(next);
  return writeItem(key, JSON.stringify(next));
}

export type AddResult = { kind: 'added' | 'known'; stored: boolean };

/** Adds a card once: the same card scanned again stays one contact. Newest first. */
export function addContact(card: ContactCard, metAt: MetAt | null = null): AddResult {
  if (contactWithCard(contacts(), card)) return { kind: 'known', stored: true };
  const contact: Contact = { id: uuid(), card, note: '', metAt, addedAt: new Date().toISOString() };
  return { kind: 'added', stored: save([contact, ...contacts()].slice(0, contactLimits.contacts)) };
}

export function updateContact(id: string, change: Partial<Pick<Contact, 'note' | 'metAt'>>): boolean {
  return save(contacts().map((contact) => (contact.id === id ? { ...contact, ...change } : contact)));
}

export function deleteContact(id: string): boolean {
  return save(contacts().filter((contact) => contact.id !== id));
}

export function deleteAllContacts(): void {
  setContacts([]);
  removeItem(key);
}

/** Re-read when another tab of this app changed the list (the card page opened from the camera). */
if (typeof window !== 'undefined') {
  window.addEventListener('storage', () => setContacts(parseStoredContacts(readItem(key))));
}
