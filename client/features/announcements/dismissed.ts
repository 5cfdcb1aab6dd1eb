import { createSignal } from 'solid-js';
import { z } from 'zod';
import { readItem, writeItem } from '../../sync/storage';

const dismissedKey = 'ortstermin.dismissedAnnouncements';
/** Enough for any event day; keeps the stored list from growing without bound. */
const keep = 200;

function load(): ReadonlySet<string> {
  try {
    const parsed = z.array(z.string()).safeParse(JSON.parse(readItem(dismissedKey) ?? '[]'));
    return new Set(parsed.success ? parsed.data : []);
  } catch {
    return new Set();
  }
}

const [dismissed, setDismissed] = createSignal<ReadonlySet<string>>(load());
export { dismissed };

export function dismiss(announcementId: string): void {
  const next = [...dismissed(), announcementId].slice(-keep);
  setDismissed(new Set(next));
  writeItem(dismissedKey, JSON.stringify(next));
}
