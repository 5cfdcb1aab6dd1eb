import { Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { createServerClock } from '../agenda/serverClock';
import { announcementText, newestFirst } from '../announcements/announcementView';

/** How long an urgent announcement stays on a hall's screen: nobody is there to dismiss it. */
const shownForMs = 10 * 60 * 1000;

/** A fresh urgent announcement, across the big screen, so the whole hall reads it. */
export function ScreenUrgent() {
  const now = createServerClock(15_000);
  const current = () =>
    newestFirst(state().announcements).find(
      (a) => a.level === 'urgent' && now() - Date.parse(a.postedAt) < shownForMs,
    );
  return (
    <div role="alert">
      <Show when={current()}>
        {(announcement) => (
          <div class="screen-urgent" data-announcement-id={announcement().id}>
            <p class="screen-label">{t('banner.label')}</p>
            <p class="screen-urgent-text">{announcementText(announcement())}</p>
          </div>
        )}
      </Show>
    </div>
  );
}
