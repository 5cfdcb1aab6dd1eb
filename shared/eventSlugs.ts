/**
 * Top-level paths the app and the server use themselves: no event may take one as its slug, or
 * its address would shadow a page or the API. (No zod here: the first page imports this.)
 */
export const reservedSlugs: ReadonlySet<string> = new Set([
  'api', 'assets', 'socket.io', 'staff', 'organizer', 'moderation', 'host', 'screen', 'projekte', 'impressum',
  'datenschutz', 'barrierefreiheit', 'leichte-sprache', 'gebaerdensprache', 'agenda', 'session', 'my-agenda', 'stands', 'stand', 'map',
  'infos', 'my-card', 'contacts', 'c', 'poll', 'meine-daten', 'icons', 'sw.js', 'manifest.webmanifest', 'favicon.ico', 'robots.txt', 'events', 'library', 'wer-ist-da',
]);

/** Lower-case letters, digits and inner dashes, 1 to 40 characters: `2026-mai`. */
export const eventSlugPattern = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

export function isEventSlug(segment: string): boolean {
  return eventSlugPattern.test(segment) && !reservedSlugs.has(segment);
}

/** The event a path names by its first segment (`/2026-mai/agenda` → `2026-mai`), or null for the root's event. */
export function slugOfPath(path: string): string | null {
  const first = path.split('/')[1] ?? '';
  return isEventSlug(first) ? first : null;
}
