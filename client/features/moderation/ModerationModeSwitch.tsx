import { createUniqueId, For, Show } from 'solid-js';
import { moderationModes, type ModerationMode } from '../../../shared/questions';
import { t } from '../../i18n/i18n';
import { sendCommand, state } from '../../sync/connection';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';
import { PauseQuestionsSwitch } from './PauseQuestionsSwitch';

/** Pre- or post-moderation, for the event (sessionId null) or one session; applies at once. */
function ModeChoice(props: { sessionId: string | null; legend: string }) {
  const command = createCommandStatus();
  const labelId = createUniqueId();
  const current = (): ModerationMode => {
    const moderation = state().moderation;
    return (props.sessionId ? moderation.sessions[props.sessionId] : undefined) ?? moderation.mode;
  };

  async function choose(mode: ModerationMode): Promise<void> {
    if (mode === current() || command.busy()) return;
    command.start();
    if (command.check(await sendCommand('moderation:set-mode', { sessionId: props.sessionId, mode }))) {
      command.done('qmod.mode.saved');
    }
  }

  // Buttons, not radios: a refused change must not leave a radio showing a mode that is not in force.
  return (
    <div class="mode-choice" role="group" aria-labelledby={labelId} data-mode-for={props.sessionId ?? 'event'}>
      <p id={labelId} class="field-label">
        {props.legend}
      </p>
      <div class="segmented">
        <For each={moderationModes}>
          {(mode) => (
            <button
              type="button"
              class="segment"
              aria-pressed={current() === mode}
              onClick={() => void choose(mode)}
            >
              {t(`qmod.mode.${mode}`)}
            </button>
          )}
        </For>
      </div>
      <p class="field-hint">{t(current() === 'pre' ? 'qmod.mode.preHint' : 'qmod.mode.postHint')}</p>
      <FormStatusLine status={command.status()} />
    </div>
  );
}

export function ModerationModeSwitch(props: { sessionId: string | null; sessionTitle: string }) {
  return (
    <div class="card mode-switch">
      <Show
        when={props.sessionId}
        fallback={<p class="field-hint">{t('qmod.mode.standsHint')}</p>}
      >
        {(sessionId) => <ModeChoice sessionId={sessionId()} legend={t('qmod.mode.session', { title: props.sessionTitle })} />}
      </Show>
      <ModeChoice sessionId={null} legend={t('qmod.mode.event')} />
      <PauseQuestionsSwitch sessionId={props.sessionId} />
    </div>
  );
}
