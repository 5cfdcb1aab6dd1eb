import { A } from '@solidjs/router';
import { createEffect, For, Show } from 'solid-js';
import type { Announcement } from '../../../shared/model';
import { t } from '../../i18n/i18n';
import { loaded, sendReceipt, state } from '../../sync/connection';
import { timeOf } from '../agenda/sessionView';
import { announcementText, newestFirst } from './announcementView';
import { CorrectedMark } from './CorrectedMark';
import { NotificationPermission } from './NotificationPermission';

const urgentWording = { allow: 'notify.allow', hint: 'notify.hint', granted: 'notify.granted', denied: 'notify.denied' } as const;

function AnnouncementItem(props: { announcement: Announcement }) {
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
      </p>
      <p class="announcement-text">{announcementText(props.announcement)}</p>
    </li>
  );
}

export function AnnouncementsPage() {
  const announcements = () => newestFirst(state().announcements);
  createEffect(() => {
    for (const announcement of announcements()) sendReceipt(announcement.id);
  });

  return (
    <section class="page" aria-labelledby="infos-title">
      <h1 id="infos-title">{t('announcements.title')}</h1>
      <Show when={loaded()} fallback={<p class="muted">{t('app.loading')}</p>}>
        <Show when={announcements().length > 0} fallback={<p class="muted">{t('announcements.empty')}</p>}>
          <ul class="plain-list">
            <For each={announcements()}>{(announcement) => <AnnouncementItem announcement={announcement} />}</For>
          </ul>
        </Show>
      </Show>
      <NotificationPermission wording={urgentWording} boxClass="notify-box" />
      <p class="staff-entry">
        <A href="/staff">{t('infos.staffLogin')}</A>
      </p>
    </section>
  );
}
