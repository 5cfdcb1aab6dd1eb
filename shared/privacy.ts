import type { EventInfo } from './model.js';

/*
 * Erasure on time: how long the server keeps personal data after the event's last day, and when
 * that ends. Apart from the zod schemas (privacySchemas.ts): the organizer page needs these and
 * a value from a schema module would pull zod into the phone's first page.
 */

/** The organizer's period when they set none: four weeks and a bit, for questions after the day. */
export const defaultRetentionDays = 30;
export const retentionLimits = { min: 0, max: 3650 } as const;

const dayMs = 24 * 60 * 60 * 1000;

export function retentionDaysOf(event: Pick<EventInfo, 'retentionDays'>): number {
  return event.retentionDays ?? defaultRetentionDays;
}

/** When the event's personal data is to be erased: its end plus the organizer's period (ms since the epoch). */
export function erasureDueAt(event: Pick<EventInfo, 'endsAt' | 'retentionDays'>): number {
  return Date.parse(event.endsAt) + retentionDaysOf(event) * dayMs;
}

export function erasureDue(event: Pick<EventInfo, 'endsAt' | 'retentionDays'> | null, now: number): boolean {
  return event !== null && now >= erasureDueAt(event);
}

/** The most question ids one "Meine Daten" erasure names: what a phone keeps of its own. */
export const maxOwnDataQuestions = 100;
