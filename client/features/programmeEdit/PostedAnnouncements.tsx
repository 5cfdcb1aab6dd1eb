import { For, Show } from 'solid-js';
import { t, tCount } from '../../i18n/i18n';
import { receiptCounts, state } from '../../sync/connection';
import { timeOf } from '../agenda/sessionView';
import { newestFirst } from '../announcements/announcementView';
import { CorrectedMark } from '../announcements/CorrectedMark';
import { AnnouncementControls } from './AnnouncementControls';

/** What was announced, with how many connected devices have shown each one (counted live). */
export function PostedAnnouncements() {
  const announcements = () => newestFirst(state().announcements);
  const reached = (id: string) => {
    const count = receiptCounts()[id] ?? 0;
    return tCount(count, { one: 'announce.reachedOne', other: 'announce.reachedMany' });
  };
  return (
    <section aria-labelledby="posted-title">
      <h2 id="posted-title">{t('announce.list')}</h2>
      <Show when={announcements().length > 0} fallback={<p class="muted">{t('announce.none')}</p>}>
        <ul class="plain-list">
          <For each={announcements()}>
            {(announcement) => (
              <li
                class="card announcement"
                classList={{ 'is-urgent': announcement.level === 'urgent' }}
                data-announcement-id={announcement.id}
              >
                <p class="announcement-meta">
                  <Show when={announcement.level === 'urgent'}>
                    <span class="badge badge-urgent">{t('announcements.urgent')}</span>
                  </Show>
                  <time dateTime={announcement.postedAt}>
                    {t('announcements.postedAt', { time: timeOf(announcement.postedAt, state()) })}
                  </time>
                  <CorrectedMark announcement={announcement} />
                  <span class="receipt-count" data-receipts={receiptCounts()[announcement.id] ?? 0}>
                    {reached(announcement.id)}
                  </span>
                </p>
                <p class="announcement-text">{announcement.text}</p>
                <AnnouncementControls announcement={announcement} />
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
