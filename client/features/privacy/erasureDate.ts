import { erasureDueAt, retentionDaysOf } from '../../../shared/privacy';
import type { EventInfo } from '../../../shared/model';
import { formatDate } from '../../../shared/time';
import { dateLocale } from '../../i18n/i18n';

/** When the server erases the event's personal data, as the event's zone writes the date, and the period in days. */
export function erasureDate(event: EventInfo): { date: string; days: number } {
  return { date: formatDate(new Date(erasureDueAt(event)).toISOString(), event.timeZone, dateLocale()), days: retentionDaysOf(event) };
}
