import { createSignal, Show } from 'solid-js';
import type { Stand } from '../../../shared/model';
import { targetKey } from '../../../shared/questions';
import { profileFilled } from '../../../shared/standProfileEdit';
import { errorMessage, t } from '../../i18n/i18n';
import { sendCommand, state } from '../../sync/connection';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';
import { StandProfileForm } from '../host/StandProfileForm';
import { roomName } from '../agenda/sessionView';
import { standMeta } from '../stands/standView';
import { createCode, type CodeRecord, type CreatedCode } from './organizerApi';
import { StandBasicsForm, basicsPayload, basicsValuesOf, type BasicsValues } from './StandBasicsForm';

interface StandRowProps {
  stand: Stand;
  codes: CodeRecord[];
  onCodeCreated: (created: CreatedCode) => void;
  onCodesChanged: () => void;
}

/** One stand on the organizer's list: change it, make a code for its hosts, edit its profile, remove it (asking first when it has questions or codes). */
export function StandRow(props: StandRowProps) {
  const command = createCommandStatus();
  const [confirming, setConfirming] = createSignal(false);
  const questions = () => Object.values(state().questions).filter((q) => targetKey(q.target) === targetKey({ kind: 'stand', id: props.stand.id })).length;
  const codes = () => props.codes.filter((code) => code.standId === props.stand.id && !code.revokedAt).length;

  async function update(values: BasicsValues): Promise<boolean> {
    if (command.busy()) return false;
    command.start();
    const { number, ...rest } = basicsPayload(values);
    const ok = command.check(await sendCommand('stand:update', { standId: props.stand.id, ...rest, number: number ?? null }));
    if (ok) command.done('orgStands.done');
    return ok;
  }

  async function makeCode(): Promise<void> {
    command.start();
    const outcome = await createCode({ role: 'host', standId: props.stand.id, label: props.stand.name.slice(0, 120) });
    if (!outcome.ok) return command.failText(errorMessage(outcome.code));
    command.done('orgStands.codeDone');
    props.onCodeCreated(outcome.value);
  }

  async function remove(): Promise<void> {
    if (!confirming() && questions() + codes() > 0) return void setConfirming(true);
    setConfirming(false);
    command.start();
    if (!command.check(await sendCommand('stand:remove', { standId: props.stand.id }))) return;
    props.onCodesChanged();
  }

  return (
    <li class="card org-stand" data-stand-id={props.stand.id}>
      <p class="org-stand-name">
        <strong>{props.stand.name}</strong>
        <Show when={!profileFilled(props.stand)}>
          <span class="badge badge-pending">{t('orgStands.noProfile')}</span>
        </Show>
      </p>
      <p class="muted">{[props.stand.number === undefined ? '' : t('map.standNumber', { number: props.stand.number }), standMeta(props.stand), roomName(props.stand.roomId, state())].filter(Boolean).join(' · ')}</p>
      <div class="button-row">
        <button type="button" class="button button-quiet" onClick={() => void makeCode()} disabled={command.busy()}>{t('orgStands.code')}</button>
        <button type="button" class="button button-quiet" onClick={() => void remove()} disabled={command.busy()}>{t('orgStands.remove')}</button>
      </div>
      <Show when={confirming()}>
        <div class="confirm" role="alert">
          <p>{t('orgStands.confirm', { name: props.stand.name, questions: questions(), codes: codes() })}</p>
          <div class="button-row">
            <button type="button" class="button button-danger" onClick={() => void remove()}>{t('orgStands.confirmYes')}</button>
            <button type="button" class="button button-quiet" onClick={() => setConfirming(false)}>{t('orgStands.cancel')}</button>
          </div>
        </div>
      </Show>
      <details>
        <summary>{t('orgStands.edit')}</summary>
        <StandBasicsForm initial={basicsValuesOf(props.stand)} submitLabel="orgStands.save" busy={command.busy()} onSubmit={update} />
      </details>
      <details>
        <summary>{t('orgStands.profile')}</summary>
        <StandProfileForm stand={props.stand} />
      </details>
      <FormStatusLine status={command.status()} />
    </li>
  );
}
