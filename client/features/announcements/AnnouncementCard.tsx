import { Show, type JSX } from 'solid-js';
import type { Announcement } from '../../../shared/model';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { timeOf } from '../agenda/sessionView';
import { CorrectedMark } from './CorrectedMark';

/**
 * One announcement as a card: urgency, time, correction, then the text. Attendees and the team
 * see the same card; the team's adds its reach (`meta`) and its controls (`children`).
 */
export function AnnouncementCard(props: { announcement: Announcement; text: string; meta?: JSX.Element; children?: JSX.Element }) {
  const urgent = () => props.announcement.level === 'urgent';
  return (
    <li class="card announcement" classList={{ 'is-urgent': urgent() }} data-announcement-id={props.announcement.id}>
      <p class="announcement-meta">
        <Show when={urgent()}>
          <span class="badge badge-urgent">{t('announcements.urgent')}</span>
        </Show>
        <time dateTime={props.announcement.postedAt}>
          {t('announcements.postedAt', { time: timeOf(props.announcement.postedAt, state()) })}
        </time>
        <CorrectedMark announcement={props.announcement} />
        {props.meta}
      </p>
      <p class="announcement-text">{props.text}</p>
      {props.children}
    </li>
  );
}
