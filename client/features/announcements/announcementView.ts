import type { Announcement } from '../../../shared/model';
import { locale } from '../../i18n/i18n';

/** The English text when the reader chose English and the author gave one. */
export function announcementText(announcement: Announcement): string {
  return locale() === 'en' && announcement.textEn ? announcement.textEn : announcement.text;
}

/** Newest first, whatever order they arrived in. */
export function newestFirst(announcements: readonly Announcement[]): Announcement[] {
  return [...announcements].sort((a, b) => Date.parse(b.postedAt) - Date.parse(a.postedAt));
}
