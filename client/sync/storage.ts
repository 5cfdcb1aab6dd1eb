import { eventScoped } from './eventAddress';

/** What belongs to the phone, not to one event: the language chosen. */
const deviceWide = new Set(['ortstermin.locale', 'ortstermin.language']);
const keyOf = (key: string) => (deviceWide.has(key) ? key : eventScoped(key));

/**
 * localStorage can throw (private mode, storage disabled, quota); the app must keep working
 * without it, so every access goes through these. Each event of a series keeps its own data.
 */
export function readItem(key: string): string | null {
  try {
    return localStorage.getItem(keyOf(key));
  } catch {
    return null;
  }
}

/** True when stored; false when storage refused (the value then lives only for this page). */
export function writeItem(key: string, value: string): boolean {
  try {
    localStorage.setItem(keyOf(key), value);
    return true;
  } catch {
    return false;
  }
}

export function removeItem(key: string): void {
  try {
    localStorage.removeItem(keyOf(key));
  } catch {
    // Nothing stored that could be removed.
  }
}
