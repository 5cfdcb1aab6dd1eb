import { createMemo, createUniqueId, For } from 'solid-js';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { targetChoices, type TargetChoice } from './moderationView';

const optionLabel = (choice: TargetChoice) =>
  choice.pending > 0 ? t('qmod.optionPending', { title: choice.title, count: choice.pending }) : choice.title;

function ChoiceGroup(props: { label: string; choices: TargetChoice[]; value: string }) {
  return (
    <optgroup label={props.label}>
      <For each={props.choices}>
        {(choice) => (
          <option value={choice.key} selected={choice.key === props.value}>
            {optionLabel(choice)}
          </option>
        )}
      </For>
    </optgroup>
  );
}

/**
 * Chooses the session or stand to moderate; each option says how many questions wait. The choice
 * is marked on the option (`selected`), because a select's value set before its options exist is lost.
 */
export function TargetSelect(props: { value: string; onChange: (key: string) => void }) {
  const id = createUniqueId();
  const choices = createMemo(() => targetChoices(state()));
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {t('qmod.target')}
      </label>
      <select id={id} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <ChoiceGroup label={t('qmod.sessions')} choices={choices().sessions} value={props.value} />
        <ChoiceGroup label={t('qmod.stands')} choices={choices().stands} value={props.value} />
      </select>
    </div>
  );
}
