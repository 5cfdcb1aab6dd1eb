import { Show } from 'solid-js';
import { questionsPausedFor } from '../../../shared/questions';
import { own } from '../../../shared/records';
import { t } from '../../i18n/i18n';
import { sendCommand, state } from '../../sync/connection';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';

/** "Pause questions": for one session (sessionId) or the whole event (null); applies at once. */
function PauseToggle(props: { sessionId: string | null }) {
  const command = createCommandStatus();
  const paused = () => {
    const moderation = state().moderation;
    return props.sessionId === null ? moderation.paused === true : own(moderation.pausedSessions ?? {}, props.sessionId) === true;
  };

  async function toggle(): Promise<void> {
    if (command.busy()) return;
    command.start();
    if (command.check(await sendCommand('moderation:pause-questions', { sessionId: props.sessionId, paused: !paused() }))) {
      command.done('qmod.done');
    }
  }

  const label = () =>
    props.sessionId === null
      ? t(paused() ? 'moderation.resumeAll' : 'moderation.pauseAll')
      : t(paused() ? 'moderation.resumeQuestions' : 'moderation.pauseQuestions');
  return (
    <div class="pause-toggle" data-pause-for={props.sessionId ?? 'event'}>
      <button type="button" class="button button-quiet" aria-pressed={paused()} onClick={() => void toggle()}>
        {label()}
      </button>
      <FormStatusLine status={command.status()} />
    </div>
  );
}

export function PauseQuestionsSwitch(props: { sessionId: string | null }) {
  // Paused for this session, by its own switch or the event's.
  const anyPaused = () => {
    const moderation = state().moderation;
    return props.sessionId === null ? moderation.paused === true : questionsPausedFor(moderation, { kind: 'session', id: props.sessionId });
  };
  return (
    <div class="pause-switch">
      <Show when={anyPaused()}>
        <p class="field-hint" role="status">
          {t('moderation.questionsPaused')}
        </p>
      </Show>
      <Show when={props.sessionId}>{(sessionId) => <PauseToggle sessionId={sessionId()} />}</Show>
      <PauseToggle sessionId={null} />
    </div>
  );
}
