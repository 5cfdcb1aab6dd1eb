import { createMemo, createUniqueId, For } from 'solid-js';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { targetChoices, type TargetChoice } from './moderationView';

/**
 * Chooses the session or stand to moderate; each option says how many questions wait. The choice
 * is marked on the option (`selected`), because a select's value set before its options exist is lost.
 */
export function TargetSelect(props: { value: string; onChange: (key: string) => void }) {
  const id = createUniqueId();
  const choices = createMemo(() => targetChoices(state()));
  const label = (choice: TargetChoice) =>
    choice.pending > 0 ? t('qmod.optionPending', { title: choice.title, count: choice.pending }) : choice.title;
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {t('qmod.target')}
      </label>
      <select id={id} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <optgroup label={t('qmod.sessions')}>
          <For each={choices().sessions}>
            {(choice) => (
              <option value={choice.key} selected={choice.key === props.value}>
                {label(choice)}
              </option>
            )}
          </For>
        </optgroup>
        <optgroup label={t('qmod.stands')}>
          <For each={choices().stands}>
            {(choice) => (
              <option value={choice.key} selected={choice.key === props.value}>
                {label(choice)}
              </option>
            )}
          </For>
        </optgroup>
      </select>
    </div>
  );
}
