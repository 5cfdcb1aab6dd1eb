import { A } from '@solidjs/router';
import { createEffect, createMemo, For } from 'solid-js';
import { t } from '../../i18n/i18n';
import { loaded, state, status } from '../../sync/connection';
import { createServerClock } from '../agenda/serverClock';
import { bookmarkedIds } from '../agenda/bookmarks';
import { bookmarkedSessions, shownSeq } from './myAgendaView';
import { checkReminders, dismissNotice, notices, reminderText } from './reminders';
import { keepSeenOnly, markSeen, rebaseSeen, seen } from './seenSessions';

/** Checks often enough that a 5-minute reminder is never more than ~20 s late. */
const checkEveryMs = 20_000;

/**
 * Runs on every page: records what a newly bookmarked session looks like (so a later change is
 * news), and reminds of bookmarked sessions about to start.
 */
function watchBookmarks(): void {
  const now = createServerClock(checkEveryMs);
  const sessions = createMemo(() => (loaded() ? bookmarkedSessions(state(), bookmarkedIds()) : []));
  createEffect(() => {
    if (!loaded()) return;
    const known = seen();
    markSeen(sessions().filter((session) => !Object.hasOwn(known, session.id)), shownSeq());
    keepSeenOnly(bookmarkedIds());
  });
  createEffect(() => {
    if (status() === 'online') rebaseSeen(shownSeq());
  });
  createEffect(() => checkReminders(now(), state(), sessions()));
}

/** In-app reminders where system notifications are not allowed: polite, closable. */
export function MyAgendaWatch() {
  watchBookmarks();
  return (
    <div class="reminder-notices" role="status" aria-live="polite">
      <For each={notices()}>
        {(notice) => (
          <div class="reminder-notice">
            <p class="reminder-text">
              {t('myAgenda.reminderNotice', { title: notice.session.title, ...reminderText(notice.session, state()) })}
            </p>
            <div class="reminder-actions">
              <A class="button-link" href={`/session/${encodeURIComponent(notice.session.id)}`}>
                {t('myAgenda.reminderOpen')}
              </A>
              <button
                type="button"
                class="button button-quiet"
                aria-label={t('myAgenda.reminderDismissLabel', { title: notice.session.title })}
                onClick={() => dismissNotice(notice.key)}
              >
                {t('myAgenda.reminderDismiss')}
              </button>
            </div>
          </div>
        )}
      </For>
    </div>
  );
}
