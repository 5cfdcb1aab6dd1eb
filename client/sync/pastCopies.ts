import { deleteDB, openDB } from 'idb';
import { fetchSeriesEvents } from '../features/series/seriesList';
import { eventSlug, scopedTo } from './eventAddress';

/**
 * When the phone's storage runs short, the copies of the series' past events go first: the event
 * on screen and the ones to come keep theirs, and so does a past event whose outbox still holds
 * something typed (never acknowledged, but the person's). Its localStorage keys (`…@slug`) go too.
 */
const shortAt = 0.8;

async function storageIsShort(): Promise<boolean> {
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  return Boolean(estimate?.quota && (estimate.usage ?? 0) >= estimate.quota * shortAt);
}

async function pastSlugs(): Promise<string[]> {
  const events = await fetchSeriesEvents();
  return events.filter((event) => event.status === 'past' && event.slug !== eventSlug()).map((event) => event.slug);
}

async function holdsTyped(name: string): Promise<boolean> {
  const database = await openDB(name).catch(() => null);
  if (!database) return true;
  try {
    return !database.objectStoreNames.contains('outbox') || (await database.count('outbox')) > 0;
  } finally {
    database.close();
  }
}

function forgetLocalKeys(slug: string): void {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((key): key is string => key?.endsWith(scopedTo('', slug)) ?? false);
    keys.forEach((key) => localStorage.removeItem(key));
  } catch {
    // Storage refused: nothing of it to free.
  }
}

/** Drops past events' copies when storage is short; says which it dropped. */
export async function dropPastCopiesIfShort(): Promise<string[]> {
  if (!(await storageIsShort()) || typeof indexedDB.databases !== 'function') return [];
  const stored = new Set((await indexedDB.databases().catch(() => [])).map((info) => info.name));
  const dropped: string[] = [];
  for (const slug of await pastSlugs()) {
    const name = scopedTo('ortstermin', slug);
    if (!stored.has(name) || (await holdsTyped(name))) continue;
    // Another tab still showing that event keeps it open: the deletion waits for it (its keys go
    // when it is done), and this round goes on after 3 s without counting it.
    const deleting = deleteDB(name).then(() => {
      forgetLocalKeys(slug);
      return true;
    });
    const deleted = await Promise.race([deleting, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000))]);
    if (deleted) dropped.push(slug);
  }
  return dropped;
}
