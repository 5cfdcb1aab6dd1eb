import type { EventInfo, EventLink } from '../../../shared/model';
import { formatTime, localDate, zonedInstant } from '../../../shared/time';

/** An instant as the value of a `datetime-local` input, in the event's zone (not the phone's). */
export function localInputValue(iso: string, zone: string): string {
  return `${localDate(new Date(iso), zone)}T${formatTime(iso, zone)}`;
}

/** A `datetime-local` value read in the event's zone, as an ISO instant; null when it is none. */
export function instantFromInput(value: string, zone: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return match ? zonedInstant(match[1]!, match[2]!, zone) : null;
}

/** "Anmeldung https://…" per line: the text, then the address. Null when a line is not one. */
export function parseLinks(text: string): EventLink[] | null {
  const links: EventLink[] = [];
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const match = /^(.*\S)\s+(https?:\/\/\S+)$/.exec(line);
    if (!match) return null;
    links.push({ label: match[1]!, url: match[2]! });
  }
  return links;
}

export const linksText = (event: EventInfo) => (event.links ?? []).map((l) => `${l.label} ${l.url}`).join('\n');
