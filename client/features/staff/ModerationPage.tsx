import { createMemo, For, Show } from 'solid-js';
import type { PublicState } from '../../../shared/model';
import { t } from '../../i18n/i18n';
import { loaded, state } from '../../sync/connection';
import { isModerator } from '../../sync/staffToken';
import { StaffTabs } from '../moderation/StaffTabs';
import { AnnouncementForm } from './AnnouncementForm';
import { PostedAnnouncements } from './PostedAnnouncements';
import { SessionEditForm } from './SessionEditForm';
import { SignInNotice } from './SignInNotice';

/**
 * Ids in programme order (the slot before any live change), so a form does not jump away
 * under the moderator's finger when its session moves.
 */
function programmeOrder(state: PublicState): string[] {
  const slotOf = (id: string) => {
    const session = state.sessions[id];
    return session?.original ?? session;
  };
  return Object.keys(state.sessions).sort((a, b) => {
    const slotA = slotOf(a);
    const slotB = slotOf(b);
    if (!slotA || !slotB) return 0;
    return Date.parse(slotA.startsAt) - Date.parse(slotB.startsAt) || slotA.roomId.localeCompare(slotB.roomId);
  });
}

function SessionForms() {
  const ids = createMemo(() => programmeOrder(state()), undefined, {
    equals: (a, b) => a.length === b.length && a.every((id, i) => id === b[i]),
  });
  return (
    <For each={ids()}>
      {(id) => <Show when={state().sessions[id]}>{(session) => <SessionEditForm session={session()} />}</Show>}
    </For>
  );
}

export function ModerationPage() {
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
        <Show when={loaded()} fallback={<p class="muted">{t('app.loading')}</p>}>
          <SessionForms />
        </Show>
      </Show>
    </section>
  );
}
