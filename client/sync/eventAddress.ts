import { slugOfPath } from '../../shared/eventSlugs';

/**
 * The series' event this page shows: the first segment of its address (`/2026-mai/…`), or none
 * at the root, which shows the event the server picks (the current one). Read once: the app
 * never moves between events without a page load.
 */
const slug = typeof location === 'undefined' ? null : slugOfPath(location.pathname);

export function eventSlug(): string | null {
  return slug;
}

/** The router's base: the event's address, or the root. */
export function appBase(): string {
  return slug ? `/${slug}` : '';
}

/** An API path (`/api/…`) of this page's event. */
export function apiPath(path: string): string {
  return `${appBase()}${path}`;
}

/** An API path of another event of the series, by its slug (the organizer curating a past date's library entry). */
export function apiPathAt(slug: string, path: string): string {
  return `/${slug}${path}`;
}

/** A key of this event's data on the device; the root's keys are the ones from before series, so nothing stored is lost. */
export function eventScoped(key: string): string {
  return slug ? scopedTo(key, slug) : key;
}

/** A key or database name as the page of the event at `/<eventSlug>/` names it. */
export const scopedTo = (key: string, eventSlug: string): string => `${key}@${eventSlug}`;
