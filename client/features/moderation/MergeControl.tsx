import { createSignal, createUniqueId, For } from 'solid-js';
import type { Question } from '../../../shared/questions';
import { t } from '../../i18n/i18n';

/** Folds a duplicate into another published question of the same session or stand. */
export function MergeControl(props: { question: Question; candidates: Question[]; onMerge: (intoId: string) => Promise<void> }) {
  const [intoId, setIntoId] = createSignal('');
  const selectId = createUniqueId();
  // Long questions would make the select wider than a phone.
  const short = (text: string) => (text.length > 70 ? `${text.slice(0, 69)}…` : text);

  async function merge(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const target = intoId();
    if (!props.candidates.some((q) => q.id === target)) return;
    await props.onMerge(target);
    setIntoId('');
  }

  return (
    <form class="merge-control" onSubmit={(e) => void merge(e)}>
      <label class="field-label" for={selectId}>
        {t('qmod.mergeInto')}
      </label>
      <div class="merge-row">
        <select id={selectId} onChange={(e) => setIntoId(e.currentTarget.value)}>
          <option value="" selected={intoId() === ''}>
            {t('qmod.mergeChoose')}
          </option>
          <For each={props.candidates}>
            {(q) => (
              <option value={q.id} selected={q.id === intoId()}>
                {short(q.text)}
              </option>
            )}
          </For>
        </select>
        <button type="submit" class="button button-quiet" disabled={intoId() === ''}>
          {t('qmod.merge')}
        </button>
      </div>
    </form>
  );
}
