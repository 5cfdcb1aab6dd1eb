import { createSignal, For, Show } from 'solid-js';
import { errorMessage, t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { timeOf } from '../agenda/sessionView';
import { FormStatusLine } from '../../forms/FormStatusLine';
import type { FormStatus } from '../../forms/useCommandStatus';
import { revokeCode, type CodeRecord } from './organizerApi';

function CodeRow(props: { code: CodeRecord; onRevoked: () => void }) {
  // Two steps instead of a blocking confirm(): revoking ends that person's access at once.
  const [confirming, setConfirming] = createSignal(false);
  const [status, setStatus] = createSignal<FormStatus>({ kind: 'idle' });
  const standName = () => {
    const id = props.code.standId;
    return id ? state().stands[id]?.name ?? id : null;
  };

  async function revoke(): Promise<void> {
    setStatus({ kind: 'busy' });
    const outcome = await revokeCode(props.code.id);
    setConfirming(false);
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
        <div class="button-row">
          <Show
            when={confirming()}
            fallback={
              <button type="button" class="button button-quiet" onClick={() => setConfirming(true)}>
                {t('org.codes.revoke')}
              </button>
            }
          >
            <button type="button" class="button button-danger" onClick={() => void revoke()}>
              {t('org.codes.confirm')}
            </button>
            <button type="button" class="button button-quiet" onClick={() => setConfirming(false)}>
              {t('org.codes.keep')}
            </button>
          </Show>
        </div>
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
