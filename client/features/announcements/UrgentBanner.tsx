import { createEffect, createSignal, createUniqueId, onCleanup, Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { onLiveChange, sendReceipt, state } from '../../sync/connection';
import { announcementText, newestFirst } from './announcementView';
import { dismiss, dismissed } from './dismissed';

/** The newest urgent announcement not yet dismissed, on top of every page. */
export function UrgentBanner() {
  // Only an announcement that arrives while the page is open is read out at once (role="alert");
  // one already there on load is simply shown.
  const [arrivedLive, setArrivedLive] = createSignal<ReadonlySet<string>>(new Set());
  onCleanup(
    onLiveChange((change) => {
      if (change.type !== 'announcement:posted' || change.data.announcement.level !== 'urgent') return;
      setArrivedLive((ids) => new Set([...ids, change.data.announcement.id]));
    }),
  );

  const labelId = createUniqueId();
  const current = () =>
    newestFirst(state().announcements).find((a) => a.level === 'urgent' && !dismissed().has(a.id));
  createEffect(() => {
    const shown = current();
    if (shown) sendReceipt(shown.id);
  });

  return (
    <Show when={current()} keyed>
      {(announcement) => (
        <aside
          class="urgent-banner"
          role={arrivedLive().has(announcement.id) ? 'alert' : undefined}
          aria-labelledby={labelId}
          data-announcement-id={announcement.id}
        >
          <p id={labelId} class="urgent-banner-label">
            {t('banner.label')}
          </p>
          <p class="urgent-banner-text">{announcementText(announcement)}</p>
          <button type="button" class="button button-quiet" onClick={() => dismiss(announcement.id)}>
            {t('banner.close')}
          </button>
        </aside>
      )}
    </Show>
  );
}
