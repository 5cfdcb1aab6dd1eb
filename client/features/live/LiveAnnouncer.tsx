import { createSignal, onCleanup } from 'solid-js';
import type { Change } from '../../../shared/changes';
import type { PublicState } from '../../../shared/model';
import { t } from '../../i18n/i18n';
import { onLiveChange } from '../../sync/connection';
import { announcementText } from '../announcements/announcementView';

const shownForMs = 8000;

/** What to say about a live change; null for changes nobody needs to hear about. */
function messageFor(change: Change, state: PublicState): string | null {
  const title = (sessionId: string) => state.sessions[sessionId]?.title ?? '';
  switch (change.type) {
    case 'session:moved':
    case 'session:renamed':
      return t('live.changed', { title: title(change.data.sessionId) });
    case 'session:cancelled':
      return t('live.cancelled', { title: title(change.data.sessionId) });
    case 'session:reinstated':
      return t('live.reinstated', { title: title(change.data.sessionId) });
    case 'session:added':
      return t('live.added', { title: change.data.session.title });
    case 'announcement:posted':
      // Urgent ones have their own banner, read out as an alert.
      return change.data.announcement.level === 'info'
        ? t('live.announcement', { text: announcementText(change.data.announcement) })
        : null;
    default:
      return null;
  }
}

/** A polite live region that also shows briefly on screen: "Geändert: <Titel>". */
export function LiveAnnouncer() {
  const [message, setMessage] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(
    onLiveChange((change, state) => {
      const text = messageFor(change, state);
      if (!text) return;
      setMessage(text);
      clearTimeout(timer);
      timer = setTimeout(() => setMessage(''), shownForMs);
    }),
  );
  onCleanup(() => clearTimeout(timer));

  return (
    <div class="toast-region" role="status" aria-live="polite" aria-atomic="true">
      <p class="toast" classList={{ 'is-visible': message() !== '' }}>
        {message()}
      </p>
    </div>
  );
}
