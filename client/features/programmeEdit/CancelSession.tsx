import { createSignal, Show } from 'solid-js';
import { limits, type Session } from '../../../shared/model';
import { t } from '../../i18n/i18n';
import { sendCommand } from '../../sync/connection';
import type { CommandStatus } from '../../forms/useCommandStatus';
import { ConfirmStep } from '../../forms/ConfirmStep';

/**
 * "Absagen" asks once more and takes a reason, which every attendee sees beside "abgesagt";
 * "Wieder aufnehmen" undoes a cancellation at once, as it is harmless.
 */
export function CancelSession(props: { session: Session; command: CommandStatus }) {
  const [reason, setReason] = createSignal('');
  const cancelled = () => props.session.status === 'cancelled';

  async function cancel(): Promise<boolean> {
    props.command.start();
    const text = reason().trim();
    const result = await sendCommand('session:cancel', { sessionId: props.session.id, ...(text ? { reason: text } : {}) });
    if (!props.command.check(result)) return false;
    setReason('');
    props.command.done('edit.cancelledDone');
    return true;
  }

  async function reinstate(): Promise<void> {
    if (props.command.busy()) return;
    props.command.start();
    if (props.command.check(await sendCommand('session:reinstate', { sessionId: props.session.id }))) {
      props.command.done('edit.reinstatedDone');
    }
  }

  return (
    <Show
      when={!cancelled()}
      fallback={
        <button type="button" class="button button-quiet" disabled={props.command.busy()} onClick={() => void reinstate()}>
          {t('edit.reinstate')}
        </button>
      }
    >
      <ConfirmStep
        action={t('edit.cancel')}
        question={t('edit.cancelConfirm')}
        confirm={t('edit.cancelYes')}
        keep={t('edit.cancelNo')}
        busy={props.command.busy()}
        onConfirm={cancel}
      >
        <label class="field">
          <span class="field-label">{t('edit.cancelReason')}</span>
          <input type="text" maxLength={limits.reason} value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
        </label>
      </ConfirmStep>
    </Show>
  );
}
