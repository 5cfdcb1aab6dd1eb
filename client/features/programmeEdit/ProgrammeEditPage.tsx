import { Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { WhenLoaded } from '../../layout/WhenLoaded';
import { isModerator } from '../../sync/staffToken';
import { StaffTabs } from '../moderation/StaffTabs';
import { AnnouncementForm } from './AnnouncementForm';
import { PostedAnnouncements } from './PostedAnnouncements';
import { SessionPicker } from './SessionPicker';
import { SignInNotice } from '../staff/SignInNotice';

export function ProgrammeEditPage() {
  return (
    <section class="page" aria-labelledby="moderation-title">
      <h1 id="moderation-title">{t('moderation.title')}</h1>
      <Show
        when={isModerator()}
        fallback={<SignInNotice />}
      >
        <StaffTabs />
        <h2>{t('announce.title')}</h2>
        <AnnouncementForm />
        <PostedAnnouncements />
        <h2>{t('moderation.sessions')}</h2>
        <WhenLoaded>
          <SessionPicker />
        </WhenLoaded>
      </Show>
    </section>
  );
}
