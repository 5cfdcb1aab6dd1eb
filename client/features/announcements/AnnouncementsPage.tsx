import { A } from '@solidjs/router';
import { createEffect, For, Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { WhenLoaded } from '../../layout/WhenLoaded';
import { sendReceipt, state } from '../../sync/connection';
import { announcementText, newestFirst } from './announcementView';
import { AnnouncementCard } from './AnnouncementCard';
import { NotificationPermission } from './NotificationPermission';
import { legalPages } from '../../../shared/legal';

const urgentWording = { allow: 'notify.allow', hint: 'notify.hint', granted: 'notify.granted', denied: 'notify.denied' } as const;

export function AnnouncementsPage() {
  const announcements = () => newestFirst(state().announcements);
  createEffect(() => {
    for (const announcement of announcements()) sendReceipt(announcement.id);
  });

  return (
    <section class="page" aria-labelledby="infos-title">
      <h1 id="infos-title">{t('announcements.title')}</h1>
      <WhenLoaded>
        <Show when={announcements().length > 0} fallback={<p class="muted">{t('announcements.empty')}</p>}>
          <ul class="plain-list">
            <For each={announcements()}>
              {(announcement) => <AnnouncementCard announcement={announcement} text={announcementText(announcement)} />}
            </For>
          </ul>
        </Show>
      </WhenLoaded>
      <NotificationPermission wording={urgentWording} boxClass="notify-box" />
      <section aria-labelledby="infos-people-title">
        <h2 id="infos-people-title">{t('cards.infosHeading')}</h2>
        <ul class="link-list">
          <li><A href="/my-card">{t('cards.infosMyCard')}</A></li>
          <li><A href="/contacts">{t('cards.infosContacts')}</A></li>
          <li><A href="/wer-ist-da">{t('directory.infosLink')}</A></li>
        </ul>
      </section>
      <section aria-labelledby="infos-legal-title">
        <h2 id="infos-legal-title">{t('legal.nav')}</h2>
        <ul class="link-list">
          <For each={legalPages}>{(page) => <li><A href={`/${page}`}>{t(`legal.title.${page}`)}</A></li>}</For>
          <li><A href="/barrierefreiheit/melden">{t('legal.reportLink')}</A></li>
        </ul>
      </section>
      <p class="library-link">
        <A href="/projekte">{t('library.link')}</A>
      </p>
      <p class="staff-entry">
        <A href="/staff">{t('infos.staffLogin')}</A>
      </p>
    </section>
  );
}
