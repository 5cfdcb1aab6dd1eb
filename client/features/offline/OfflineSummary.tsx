import { For, Show } from 'solid-js';
import type { Change } from '../../../shared/changes';
import { sessionNewsOf, type SessionNews } from '../../../shared/sessionNews';
import { t, tCount } from '../../i18n/i18n';
import { dismissMissed, missedChanges, state } from '../../sync/deviceStore';
import { isBookmarked } from '../agenda/bookmarks';
import { roomName, timeRange } from '../agenda/sessionView';

interface SummaryLine {
  key: string;
  text: string;
  bookmarked: boolean;
}

/** What happened to a session, saying where and when it is now: "Geändert: X – jetzt 14:00–14:30, Seminarraum 2". */
function sessionLine({ sessionId, kind }: SessionNews): string {
  const session = state().sessions[sessionId];
  const title = session?.title ?? sessionId;
  if (kind === 'cancelled' || session?.status === 'cancelled') return t('live.cancelled', { title });
  if (!session) return t('live.changed', { title });
  return t('offline.changedTo', { title, time: timeRange(session, state()), room: roomName(session.roomId, state()) });
}

/** One line per session (its latest news) or announcement; bookmarked sessions first. */
export function summaryLines(changes: readonly Change[]): SummaryLine[] {
  const bySubject = new Map<string, SummaryLine>();
  for (const change of changes) {
    const news = sessionNewsOf(change);
    if (news) {
      const key = `s:${news.sessionId}`;
      bySubject.set(key, { key, text: sessionLine(news), bookmarked: isBookmarked(news.sessionId) });
    } else if (change.type === 'announcement:posted') {
      // The text as it is now: corrected since, or withdrawn (then not worth telling at all).
      const id = change.data.announcement.id;
      const current = state().announcements.find((a) => a.id === id);
      if (current) bySubject.set(`a:${id}`, { key: `a:${id}`, text: t('offline.announcement', { text: current.text }), bookmarked: false });
    } else if (change.type === 'question:answered' && change.data.question.answer) {
      const key = `q:${change.data.question.id}`;
      bySubject.set(key, { key, text: t('offline.answer', { text: change.data.question.text }), bookmarked: false });
    }
  }
  return [...bySubject.values()].sort((a, b) => Number(b.bookmarked) - Number(a.bookmarked));
}

export function OfflineSummary() {
  const lines = () => summaryLines(missedChanges());
  const title = () =>
    tCount(lines().length, { one: 'offline.summaryOne', other: 'offline.summaryMany' });
  return (
    <Show when={lines().length > 0}>
      <section class="offline-summary" aria-labelledby="offline-summary-title">
        <h2 id="offline-summary-title">{title()}</h2>
        <ul>
          <For each={lines()}>
            {(line) => (
              <li classList={{ 'is-bookmarked': line.bookmarked }}>
                <Show when={line.bookmarked}>
                  <span class="badge">{t('offline.bookmarked')}</span>{' '}
                </Show>
                {line.text}
              </li>
            )}
          </For>
        </ul>
        <button type="button" class="button" onClick={dismissMissed}>
          {t('offline.dismiss')}
        </button>
      </section>
    </Show>
  );
}
