import { createEffect, createSignal, createUniqueId, onCleanup, Show } from 'solid-js';
import type { Change } from '../../../shared/changes';
import { t } from '../../i18n/i18n';
import { onLiveChange, sendReceipt, state } from '../../sync/connection';
import { announcementText, newestFirst } from './announcementView';
import { dismiss, dismissed } from './dismissed';
import { dismissalKey, vibrateForUrgent } from './urgentAttention';

/** The urgent announcement a live change brings or rewords, if any. */
function urgentIdIn(change: Change): string | null {
  if (change.type === 'announcement:posted') {
    return change.data.announcement.level === 'urgent' ? change.data.announcement.id : null;
  }
  return change.type === 'announcement:corrected' ? change.data.announcementId : null;
}

/**
 * The newest urgent announcement not yet dismissed, as a sheet fixed over every page at any
 * scroll position (Whova and Slido do the same): it stays until the person closes it, also
 * across closing and reopening the app, because only the dismissal is remembered.
 */
export function UrgentBanner() {
  // Only an announcement that arrives while the page is open is read out at once (role="alert");
  // one already there on load is simply shown.
  const [arrivedLive, setArrivedLive] = createSignal<ReadonlySet<string>>(new Set());
  onCleanup(
    onLiveChange((change) => {
      const id = urgentIdIn(change);
      if (id === null) return;
      setArrivedLive((ids) => new Set([...ids, id]));
      vibrateForUrgent();
    }),
  );

  const labelId = createUniqueId();
  const current = () =>
    newestFirst(state().announcements).find((a) => a.level === 'urgent' && !dismissed().has(dismissalKey(a)));
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
            {announcement.correctedAt ? t('banner.labelCorrected') : t('banner.label')}
          </p>
          <p class="urgent-banner-text">{announcementText(announcement)}</p>
          <button type="button" class="button button-quiet" onClick={() => dismiss(dismissalKey(announcement))}>
            {t('banner.close')}
          </button>
        </aside>
      )}
    </Show>
  );
}
