import { instant } from './primitives.js';
import type { FieldIssue } from './errors.js';
import { endsAfterStart } from './sessions.js';

/**
 * Instants a command may carry: any offset (normalised to UTC by `instant`), but only this
 * event's century: a date a typo put in year 0207 or 9999 would sit first or last on every
 * phone's agenda, and no event of this app lies outside it.
 */
const earliest = Date.UTC(2000, 0, 1);
const latest = Date.UTC(2100, 0, 1);

export const commandInstant = instant.refine(
  (value) => {
    const at = Date.parse(value);
    return at >= earliest && at < latest;
  },
  { message: 'must be between 2000 and 2099' },
);

/** How far before the event's start and after its end a session may lie (set-up, an evening part). */
export const eventMarginMs = 24 * 3600_000;
export const sessionLength = { minMs: 60_000, maxMs: 24 * 3600_000 } as const;

/** Why a session's slot is not sane for this event; empty when it is. Errors name the field. */
export function slotIssues(
  event: { startsAt: string; endsAt: string } | null,
  slot: { startsAt: string; endsAt: string },
): FieldIssue[] {
  const [start, end] = [Date.parse(slot.startsAt), Date.parse(slot.endsAt)];
  const issues: FieldIssue[] = [];
  if (event) {
    const [from, to] = [Date.parse(event.startsAt) - eventMarginMs, Date.parse(event.endsAt) + eventMarginMs];
    if (!(start >= from && start <= to)) issues.push({ path: 'startsAt', message: 'must lie within the event’s days' });
    if (!(end >= from && end <= to)) issues.push({ path: 'endsAt', message: 'must lie within the event’s days' });
  }
  const length = end - start;
  if (!endsAfterStart(slot)) issues.push({ path: 'endsAt', message: 'must be after startsAt' });
  else if (length < sessionLength.minMs) issues.push({ path: 'endsAt', message: 'must be at least one minute after startsAt' });
  else if (length > sessionLength.maxMs) issues.push({ path: 'endsAt', message: 'must be at most 24 hours after startsAt' });
  return issues;
}
