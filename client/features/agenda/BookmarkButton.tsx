import { t } from '../../i18n/i18n';
import { isBookmarked, setBookmarked } from './bookmarks';

export function BookmarkButton(props: { sessionId: string; title: string }) {
  const on = () => isBookmarked(props.sessionId);
  return (
    <button
      type="button"
      class="bookmark-button"
      aria-pressed={on()}
      aria-label={t(on() ? 'bookmark.remove' : 'bookmark.add', { title: props.title })}
      onClick={() => setBookmarked(props.sessionId, !on())}
    >
      <span aria-hidden="true">{on() ? '★' : '☆'}</span>
      <span class="bookmark-text" aria-hidden="true">{t(on() ? 'bookmark.saved' : 'bookmark.save')}</span>
    </button>
  );
}
