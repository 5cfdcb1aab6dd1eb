import { For, Show } from 'solid-js';
import { t, tCount } from '../../i18n/i18n';
import { receiptCounts, state } from '../../sync/connection';
import { newestFirst } from '../announcements/announcementView';
import { AnnouncementCard } from '../announcements/AnnouncementCard';
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
              <AnnouncementCard
                announcement={announcement}
                text={announcement.text}
                meta={
                  <span class="receipt-count" data-receipts={receiptCounts()[announcement.id] ?? 0}>
                    {reached(announcement.id)}
                  </span>
                }
              >
                <AnnouncementControls announcement={announcement} />
              </AnnouncementCard>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
