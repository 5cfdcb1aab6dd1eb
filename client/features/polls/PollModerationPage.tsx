import { createMemo, createSignal, createUniqueId, For, Show } from 'solid-js';
import { sortedSessions } from '../../../shared/agenda';
import type { PublicState } from '../../../shared/publicState';
import { sessionPhase } from '../../../shared/sessions';
import { t } from '../../i18n/i18n';
import { WhenLoaded } from '../../layout/WhenLoaded';
import { state } from '../../sync/connection';
import { isModerator, staffRole } from '../../sync/staffToken';
import { timeOf } from '../agenda/sessionView';
import { StaffTabs } from '../moderation/StaffTabs';
import { SignInNotice } from '../staff/SignInNotice';
import { FeedbackPanel } from './FeedbackPanel';
import { PollCreateForm } from './PollCreateForm';
import { PollExportLinks } from './PollExportLinks';
import { StaffPollItem } from './StaffPollItem';
import { openPolls } from './pollView';

/** Sessions by start time. */
function sessionsByTime(state: PublicState) {
  return sortedSessions(state).filter((s) => s.kind !== 'break');
}

/** Where the moderator starts: a poll that runs, else the session running now, else the first. */
function defaultTarget(state: PublicState): string {
  const running = openPolls(state)[0];
  if (running) return running.sessionId ?? '';
  const now = Date.now();
  const sessions = sessionsByTime(state);
  return (sessions.find((s) => sessionPhase(s, now) === 'now') ?? sessions[0])?.id ?? '';
}

/** The moderator's polls for one session (or the whole event), running ones first, then a new one, then the feedback. */
export function PollModerationPage() {
  const [chosen, setChosen] = createSignal<string | null>(null);
  const selectId = createUniqueId();
  const target = () => chosen() ?? defaultTarget(state());
  const sessionId = () => (target() === '' ? null : target());
  const polls = createMemo(() =>
    Object.values(state().polls.polls)
      .filter((p) => p.sessionId === sessionId())
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  );
  return (
    <section class="page" aria-labelledby="polls-admin-title">
      <h1 id="polls-admin-title">{t('pollAdmin.title')}</h1>
      <Show when={isModerator()} fallback={<SignInNotice />}>
        <StaffTabs />
        <WhenLoaded>
          <div class="field">
            <label class="field-label" for={selectId}>
              {t('pollAdmin.target')}
            </label>
            <select id={selectId} onChange={(e) => setChosen(e.currentTarget.value)}>
              <option value="" selected={target() === ''}>
                {t('polls.eventWide')}
              </option>
              <For each={sessionsByTime(state())}>
                {(session) => (
                  <option value={session.id} selected={session.id === target()}>
                    {timeOf(session.startsAt, state())} · {session.title}
                  </option>
                )}
              </For>
            </select>
          </div>
          <h2>{t('pollAdmin.list')}</h2>
          <Show when={polls().length > 0} fallback={<p class="muted">{t('pollAdmin.none')}</p>}>
            <ul class="plain-list staff-polls">
              <For each={polls()}>{(poll) => <StaffPollItem poll={poll} />}</For>
            </ul>
          </Show>
          <PollCreateForm sessionId={sessionId()} />
          <Show when={sessionId()}>{(id) => <FeedbackPanel sessionId={id()} />}</Show>
          <Show when={staffRole() === 'organizer'}>
            <PollExportLinks />
          </Show>
        </WhenLoaded>
      </Show>
    </section>
  );
}
