import { createSignal, For, Show } from 'solid-js';
import { errorMessage, t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { timeOf } from '../agenda/sessionView';
import { FormStatusLine } from '../../forms/FormStatusLine';
import type { FormStatus } from '../../forms/useCommandStatus';
import { ConfirmStep } from '../../forms/ConfirmStep';
import { revokeCode, type CodeRecord } from './organizerApi';

function CodeRow(props: { code: CodeRecord; onRevoked: () => void }) {
  const [status, setStatus] = createSignal<FormStatus>({ kind: 'idle' });
  const standName = () => {
    const id = props.code.standId;
    return id ? state().stands[id]?.name ?? id : null;
  };

  async function revoke(): Promise<void> {
    setStatus({ kind: 'busy' });
    const outcome = await revokeCode(props.code.id);
    if (!outcome.ok) {
      setStatus({ kind: 'error', text: errorMessage(outcome.code) });
      return;
    }
    setStatus({ kind: 'done', text: t('org.codes.revokeDone') });
    props.onRevoked();
  }

  return (
    <li class="card code-row" classList={{ 'is-revoked': props.code.revokedAt !== null }} data-code-id={props.code.id}>
      <p class="code-row-title">
        <strong>{props.code.label}</strong> · {t(`role.${props.code.role}`)}
        <Show when={standName()}>{(name) => <> · {name()}</>}</Show>
      </p>
      <p class="field-hint">
        {t('org.codes.created', { time: timeOf(props.code.createdAt, state()) })}
        <Show when={props.code.revokedAt}>
          {(at) => <> · {t('org.codes.revokedAt', { time: timeOf(at(), state()) })}</>}
        </Show>
      </p>
      <Show when={props.code.revokedAt === null}>
        {/* Revoking ends that person's access at once, so it asks first. */}
        <ConfirmStep
          action={t('org.codes.revoke')}
          question={t('org.codes.revokeQuestion', { label: props.code.label })}
          confirm={t('org.codes.confirm')}
          keep={t('org.codes.keep')}
          busy={status().kind === 'busy'}
          onConfirm={revoke}
        />
      </Show>
      <FormStatusLine status={status()} />
    </li>
  );
}

/** Every code ever made, newest first; revoked ones stay listed, greyed. */
export function CodeList(props: { codes: CodeRecord[]; onChanged: () => void }) {
  const sorted = () => [...props.codes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Show when={sorted().length > 0} fallback={<p class="muted">{t('org.codes.empty')}</p>}>
      <ul class="plain-list">
        <For each={sorted()}>{(code) => <CodeRow code={code} onRevoked={() => props.onChanged()} />}</For>
      </ul>
    </Show>
  );
}
