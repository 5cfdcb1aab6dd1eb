import { A } from '@solidjs/router';
import { createSignal, onCleanup, Show } from 'solid-js';
import type { Change } from '../../../shared/changes';
import type { PublicState } from '../../../shared/publicState';
import { sessionNewsOf, type SessionNews } from '../../../shared/sessionNews';
import { t } from '../../i18n/i18n';
import { onLiveChange } from '../../sync/connection';
import { announcementText } from '../announcements/announcementView';

const shownForMs = 8000;

/** What to say about news of a session; null for what nobody needs to hear about. */
function sessionMessage(news: SessionNews, state: PublicState): string | null {
  const title = news.title ?? state.sessions[news.sessionId]?.title ?? '';
  switch (news.kind) {
    case 'changed':
      return t('live.changed', { title });
    case 'cancelled':
      return t('live.cancelled', { title });
    case 'reinstated':
      return t('live.reinstated', { title });
    case 'added':
      return t('live.added', { title });
    default:
      return null;
  }
}

/** What to say about a live change; null for changes nobody needs to hear about. */
function messageFor(change: Change, state: PublicState): string | null {
  const news = sessionNewsOf(change);
  if (news) return sessionMessage(news, state);
  switch (change.type) {
    case 'announcement:posted':
      // Urgent ones have their own banner, read out as an alert.
      return change.data.announcement.level === 'info'
        ? t('live.announcement', { text: announcementText(change.data.announcement) })
        : null;
    case 'announcement:corrected': {
      const corrected = state.announcements.find((a) => a.id === change.data.announcementId);
      return corrected?.level === 'info' ? t('live.announcementCorrected', { text: announcementText(corrected) }) : null;
    }
    default:
      return null;
  }
}

/** Where a tap on the toast leads: the session it is about, or the announcements. */
function hrefFor(change: Change): string {
  if (change.type === 'announcement:posted' || change.type === 'announcement:corrected') return '/infos';
  const news = sessionNewsOf(change);
  return news ? `/session/${encodeURIComponent(news.sessionId)}` : '/agenda';
}

/** A polite live region that also shows briefly on screen: "Geändert: <Titel>". */
export function LiveAnnouncer() {
  const [message, setMessage] = createSignal('');
  const [href, setHref] = createSignal('/agenda');
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(
    onLiveChange((change, state) => {
      const text = messageFor(change, state);
      if (!text) return;
      setMessage(text);
      setHref(hrefFor(change));
      clearTimeout(timer);
      timer = setTimeout(() => setMessage(''), shownForMs);
    }),
  );
  onCleanup(() => clearTimeout(timer));

  return (
    <div class="toast-region" role="status" aria-live="polite" aria-atomic="true">
      {/* A tap opens what it is about (and closes it), as Whova's in-app banners do. */}
      <p class="toast" classList={{ 'is-visible': message() !== '' }}>
        <Show when={message() !== ''}>
          <A class="toast-link" href={href()} onClick={() => setMessage('')}>
            {message()}
          </A>
        </Show>
      </p>
    </div>
  );
}
