/*
 * Erasure on time: how long the server keeps personal data after the event's last day, and when
 * that ends. Apart from the zod schemas (privacySchemas.ts): the organizer page needs these and
 * a value from a schema module would pull zod into the phone's first page.
 */

/** The organizer's period when they set none: four weeks and a bit, for questions after the day. */
export const defaultRetentionDays = 30;
export const retentionLimits = { min: 0, max: 3650 } as const;

const dayMs = 24 * 60 * 60 * 1000;

/** The part of the event's settings erasure depends on (model.ts `EventInfo`). */
interface RetentionSettings {
  endsAt: string;
  retentionDays?: number | undefined;
}

export function retentionDaysOf(event: Pick<RetentionSettings, 'retentionDays'>): number {
  return event.retentionDays ?? defaultRetentionDays;
}

/** When the event's personal data is to be erased: its end plus the organizer's period (ms since the epoch). */
export function erasureDueAt(event: RetentionSettings): number {
  return Date.parse(event.endsAt) + retentionDaysOf(event) * dayMs;
}

export function erasureDue(event: RetentionSettings | null, now: number): boolean {
  return event !== null && now >= erasureDueAt(event);
}

/** What an erased or deleted question's (or barrier report's) text becomes, on phones and in the stored log. */
export const erasedQuestionText = '—';

/** The most question ids one "Meine Daten" erasure names: what a phone keeps of its own. */
export const maxOwnDataQuestions = 100;
