import { createSignal } from 'solid-js';
import { cardLine, cardFields, contactCardSchema, topicsOf, type CardField, type ContactCard } from '../../../shared/contactCard';
import { readItem, writeItem } from '../../sync/storage';

/** The card as its owner fills it in: every field as typed, and which of them go on the card. */
export interface MyCardDraft {
  text: Record<CardField, string>;
  shared: Record<CardField, boolean>;
}

const key = 'ortstermin.myCard';

/** Name, organisation, role and topics are shared once filled in; email and phone only when ticked. */
const sharedAtFirst: Record<CardField, boolean> = { name: true, org: true, role: true, email: false, phone: false, topics: true };
const blankText: Record<CardField, string> = { name: '', org: '', role: '', email: '', phone: '', topics: '' };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Read by hand from the phone's own storage: a field that is not what it should be starts blank. */
function load(): MyCardDraft {
  const draft: MyCardDraft = { text: { ...blankText }, shared: { ...sharedAtFirst } };
  try {
    const stored: unknown = JSON.parse(readItem(key) ?? '{}');
    const text = isRecord(stored) && isRecord(stored.text) ? stored.text : {};
    const shared = isRecord(stored) && isRecord(stored.shared) ? stored.shared : {};
    for (const field of cardFields) {
      const value = text[field];
      const tick = shared[field];
      if (typeof value === 'string') draft.text[field] = value.slice(0, 200);
      if (typeof tick === 'boolean') draft.shared[field] = tick;
    }
  } catch {
    // Nothing readable stored: a blank card.
  }
  return draft;
}

const [draft, setDraft] = createSignal<MyCardDraft>(load());
export { draft as myCardDraft };

/** False when the phone refused to store it: the card then lasts as long as the page. */
export function updateMyCard(change: (current: MyCardDraft) => MyCardDraft): boolean {
  const next = change(draft());
  setDraft(next);
  return writeItem(key, JSON.stringify(next));
}

/** What the card shows: the ticked fields only, each one line. */
export function sharedCard(current: MyCardDraft): ContactCard {
  const line = (field: Exclude<CardField, 'topics'>) => (current.shared[field] ? cardLine(current.text[field]) : '');
  return {
    name: line('name'),
    org: line('org'),
    role: line('role'),
    email: line('email'),
    phone: line('phone'),
    topics: current.shared.topics ? topicsOf(current.text.topics) : [],
  };
}

/** The card as it goes to another phone, checked by the one schema; null while there is none to send. */
export function mySharedCard(current: MyCardDraft = draft()): ContactCard | null {
  const parsed = contactCardSchema.safeParse(sharedCard(current));
  return parsed.success ? parsed.data : null;
}
