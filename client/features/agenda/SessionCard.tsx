import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import type { Session } from '../../../shared/model';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { BookmarkButton } from './BookmarkButton';
import { changeSummary, roomName, timeRange } from './sessionView';

interface SessionCardProps {
  session: Session;
  /** h3 inside a list under h2 group headings, h1 on the session's own page. */
  heading?: 'h1' | 'h2' | 'h3';
  /** The session's own page: no link on the title, with floor and abstract. */
  detail?: boolean;
  /** Over already: dimmed in the agenda, and said so to screen readers. */
  past?: boolean;
}

export function SessionCard(props: SessionCardProps) {
  const cancelled = () => props.session.status === 'cancelled';
  const change = () => changeSummary(props.session, state());
  const room = () => {
    const found = state().rooms[props.session.roomId];
    return props.detail && found?.floor
      ? t('session.floor', { room: found.name, floor: found.floor })
      : roomName(props.session.roomId, state());
  };

  return (
    <article
      class="card session"
      classList={{ 'is-cancelled': cancelled(), 'is-changed': change() !== null, 'is-past': props.past === true }}
      data-session-id={props.session.id}
    >
      <div class="session-top">
        <p class="session-meta">
          <span class="session-time">{timeRange(props.session, state())}</span>
          <span class="session-room">{room()}</span>
          <Show when={props.past}>
            <span class="visually-hidden">{t('agenda.past')}</span>
          </Show>
        </p>
        <BookmarkButton sessionId={props.session.id} title={props.session.title} />
      </div>
      <Dynamic component={props.heading ?? 'h3'} class="session-title">
        <Show when={!props.detail} fallback={props.session.title}>
          <A href={`/session/${encodeURIComponent(props.session.id)}`}>{props.session.title}</A>
        </Show>
      </Dynamic>
      <Show when={cancelled()}>
        <p class="badge badge-cancelled">{t('session.cancelled')}</p>
        <Show when={props.session.cancelReason}>
          {(reason) => <p class="session-note">{t('session.cancelReason', { reason: reason() })}</p>}
        </Show>
      </Show>
      <Show when={change()}>
        {(text) => <p class="badge badge-changed">{t('session.changed', { changes: text() })}</p>}
      </Show>
      <Show when={props.session.speakers.length > 0}>
        <p class="session-speakers">{t('session.speakers', { names: props.session.speakers.join(', ') })}</p>
      </Show>
      <Show when={props.detail}>
        <p class="session-kind">{t(`session.kind.${props.session.kind}`)}</p>
        <Show when={props.session.abstract}>
          <p class="session-abstract">{props.session.abstract}</p>
        </Show>
      </Show>
    </article>
  );
}
