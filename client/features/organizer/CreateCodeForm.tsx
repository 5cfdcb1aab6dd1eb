import { createSignal, For, Show } from 'solid-js';
import { limits } from '../../../shared/model';
import { errorMessage, t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { FormStatusLine } from '../../forms/FormStatusLine';
import type { FormStatus } from '../../forms/useCommandStatus';
import { sortedStands } from '../stands/standView';
import { createCode, type CreatedCode, type StaffRole } from './organizerApi';

const roleChoices: readonly StaffRole[] = ['moderator', 'host', 'organizer'];

/** A new moderator, stand-host or organizer code; the answer carries the only copy of the code. */
export function CreateCodeForm(props: { onCreated: (created: CreatedCode) => void }) {
  const [role, setRole] = createSignal<StaffRole>('moderator');
  const [standId, setStandId] = createSignal('');
  const [label, setLabel] = createSignal('');
  const [status, setStatus] = createSignal<FormStatus>({ kind: 'idle' });
  const stands = () => sortedStands(state());
  const chosenStand = () => standId() || stands()[0]?.id || '';

  async function create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const name = label().trim();
    if (status().kind === 'busy' || name === '') return;
    setStatus({ kind: 'busy' });
    const chosen = role();
    const outcome = await createCode(
      chosen === 'host' ? { role: chosen, standId: chosenStand(), label: name } : { role: chosen, label: name },
    );
    if (!outcome.ok) {
      setStatus({ kind: 'error', text: errorMessage(outcome.code) });
      return;
    }
    setLabel('');
    setStatus({ kind: 'done', text: t('org.create.done') });
    props.onCreated(outcome.value);
  }

  return (
    <form class="card" onSubmit={(e) => void create(e)} data-form="create-code">
      <label class="field">
        <span class="field-label">{t('org.create.role')}</span>
        <select onChange={(e) => setRole(roleChoices.find((r) => r === e.currentTarget.value) ?? 'moderator')}>
          <For each={roleChoices}>
            {(choice) => (
              <option value={choice} selected={choice === role()}>
                {t(`role.${choice}`)}
              </option>
            )}
          </For>
        </select>
      </label>
      <Show when={role() === 'host'}>
        <label class="field">
          <span class="field-label">{t('org.create.stand')}</span>
          <select onChange={(e) => setStandId(e.currentTarget.value)}>
            <For each={stands()}>
              {(stand) => (
                <option value={stand.id} selected={stand.id === chosenStand()}>
                  {stand.name}
                </option>
              )}
            </For>
          </select>
        </label>
      </Show>
      <div class="field-group">
        <label class="field">
          <span class="field-label">{t('org.create.label')}</span>
          <input
            type="text"
            required
            maxLength={limits.name}
            aria-describedby="code-label-hint"
            value={label()}
            onInput={(e) => setLabel(e.currentTarget.value)}
          />
        </label>
        <span id="code-label-hint" class="field-hint">
          {t('org.create.labelHint')}
        </span>
      </div>
      <button type="submit" class="button" disabled={status().kind === 'busy'}>
        {t('org.create.submit')}
      </button>
      <FormStatusLine status={status()} />
    </form>
  );
}
