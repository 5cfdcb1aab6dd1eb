import { createMemo, For, Show } from 'solid-js';
import { standsByName } from '../../../shared/standOrder';
import { profileFilled } from '../../../shared/standProfileEdit';
import { t } from '../../i18n/i18n';
import { sendCommand, state } from '../../sync/connection';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';
import type { CodeRecord, CreatedCode } from './organizerApi';
import { StandBasicsForm, basicsPayload, basicsValuesOf, type BasicsValues } from './StandBasicsForm';
import { StandRow } from './StandRow';

/** The organizer's stands: added, changed, removed on screen, each with its host code; which profiles are still empty. */
export function StandsEditor(props: { codes: CodeRecord[]; onCodeCreated: (created: CreatedCode) => void; onCodesChanged: () => void }) {
  const command = createCommandStatus();
  const stands = createMemo(() => standsByName(Object.values(state().stands)));
  const missing = () => stands().filter((stand) => !profileFilled(stand));

  async function add(values: BasicsValues): Promise<boolean> {
    if (command.busy()) return false;
    command.start();
    const ok = command.check(await sendCommand('stand:create', basicsPayload(values)));
    if (ok) command.done('orgStands.done');
    return ok;
  }

  return (
    <section aria-labelledby="org-stands-title" data-section="org-stands">
      <h2 id="org-stands-title">{t('orgStands.title')}</h2>
      <Show when={stands().length > 0}>
        <p class="notice" data-missing-profiles={missing().length}>
          {missing().length === 0 ? t('orgStands.allFilled') : t('orgStands.missing', { names: missing().map((s) => s.name).join(', ') })}
        </p>
      </Show>
      <ul class="plain-list org-stands">
        <For each={stands()}>
          {(stand) => <StandRow stand={stand} codes={props.codes} onCodeCreated={props.onCodeCreated} onCodesChanged={props.onCodesChanged} />}
        </For>
      </ul>
      <details class="card" data-add-stand>
        <summary>{t('orgStands.addTitle')}</summary>
        <StandBasicsForm initial={basicsValuesOf(undefined)} submitLabel="orgStands.add" busy={command.busy()} onSubmit={add} />
        <FormStatusLine status={command.status()} />
      </details>
    </section>
  );
}
