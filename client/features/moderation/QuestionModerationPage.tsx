import { A, useSearchParams } from '@solidjs/router';
import { createEffect, createMemo, Show } from 'solid-js';
import { sortedSessions } from '../../../shared/agenda';
import { targetKey, type QuestionTarget } from '../../../shared/questions';
import { t } from '../../i18n/i18n';
import { WhenLoaded } from '../../layout/WhenLoaded';
import { loaded, state } from '../../sync/connection';
import { isModerator } from '../../sync/staffToken';
import { ModerationGroup } from './ModerationGroup';
import { ModerationInbox } from './ModerationInbox';
import { ModerationModeSwitch } from './ModerationModeSwitch';
import { defaultChoice, moderationGroups, parseChoice } from './moderationView';
import { StaffTabs } from './StaffTabs';
import { TargetSelect } from './TargetSelect';
import { SignInNotice } from '../staff/SignInNotice';

function TargetQuestions(props: { target: QuestionTarget }) {
  const groups = createMemo(() => moderationGroups(state(), props.target));
  const g = groups;
  const total = () => g().pending.length + g().published.length + g().hidden.length + g().merged.length;
  return (
    <Show when={total() > 0} fallback={<p class="muted">{t('qmod.none')}</p>}>
      {/* Waiting questions are in the inbox above, for every session and stand at once. */}
      <Show when={g().pending.length > 0}>
        <p class="muted">{t('qmod.pendingInInbox', { count: g().pending.length })}</p>
      </Show>
      <ModerationGroup
        title={t('qmod.published', { count: g().published.length })}
        questions={g().published}
        candidates={g().published}
      />
      <ModerationGroup title={t('qmod.hidden', { count: g().hidden.length })} questions={g().hidden} candidates={[]} />
      <ModerationGroup title={t('qmod.merged', { count: g().merged.length })} questions={g().merged} candidates={[]} />
    </Show>
  );
}

export function QuestionModerationPage() {
  const [params, setParams] = useSearchParams<{ for: string }>();
  // The choice lives in the address, so a reload or a shared link opens the same questions.
  createEffect(() => {
    if (params.for || !loaded()) return;
    const first = defaultChoice(state()) ?? firstSessionKey();
    if (first) setParams({ for: first }, { replace: true });
  });
  const target = createMemo(() => parseChoice(params.for), null, {
    equals: (a, b) => (a && b ? targetKey(a) === targetKey(b) : a === b),
  });
  function firstSessionKey(): string | null {
    const first = sortedSessions(state())[0];
    return first ? targetKey({ kind: 'session', id: first.id }) : null;
  }
  const titleOf = (chosen: QuestionTarget) =>
    (chosen.kind === 'session' ? state().sessions[chosen.id]?.title : (state().stands[chosen.id]?.name ?? state().formerStands[chosen.id])) ?? chosen.id;

  return (
    <section class="page" aria-labelledby="qmod-title">
      <h1 id="qmod-title">{t('qmod.title')}</h1>
      <Show when={isModerator()}>
        <StaffTabs />
      </Show>
      <Show
        when={isModerator()}
        fallback={<SignInNotice />}
      >
        <WhenLoaded>
          <ModerationInbox />
          <h2>{t('inbox.byTarget')}</h2>
          <Show when={target()}>
            {(chosen) => (
              <>
                <div class="moderation-controls">
                  <TargetSelect value={targetKey(chosen())} onChange={(key) => setParams({ for: key })} />
                  <Show when={chosen().kind === 'session'}>
                    <A class="button-link" href={`/screen/${encodeURIComponent(chosen().id)}`} target="_blank">
                      {t('qmod.openScreen')}
                    </A>
                  </Show>
                </div>
                <TargetQuestions target={chosen()} />
                {/* Settings after the questions: new questions must not arrive below the fold. */}
                <ModerationModeSwitch
                  sessionId={chosen().kind === 'session' ? chosen().id : null}
                  sessionTitle={titleOf(chosen())}
                />
              </>
            )}
          </Show>
        </WhenLoaded>
      </Show>
    </section>
  );
}
