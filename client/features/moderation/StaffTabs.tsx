import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { staffRole } from '../../sync/staffToken';
import { pendingCount } from './moderationView';

/** The team's areas; the questions tab carries the number of questions waiting for approval. */
export function StaffTabs() {
  const pending = () => pendingCount(state());
  return (
    <nav class="staff-tabs" aria-label={t('staffTabs.label')}>
      <A href="/moderation/questions" class="staff-tab">
        {t('staffTabs.questions')}
        <Show when={pending() > 0}>
          <span class="tab-count">{t('staffTabs.pending', { count: pending() })}</span>
        </Show>
      </A>
      <A href="/moderation/polls" class="staff-tab">
        {t('staffTabs.polls')}
      </A>
      <A href="/moderation" end class="staff-tab">
        {t('staffTabs.programme')}
      </A>
      <Show when={staffRole() === 'organizer'}>
        <A href="/organizer" class="staff-tab">
          {t('staffTabs.organizer')}
        </A>
      </Show>
    </nav>
  );
}
