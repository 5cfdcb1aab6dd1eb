import { For } from 'solid-js';
import { t, type MessageKey } from '../../i18n/i18n';

/** One filter as a native select ("Alle" first): a screen reader and a phone's picker both know it. */
function FilterSelect(props: { id: string; label: MessageKey; options: readonly string[]; value: string; onChange: (value: string) => void }) {
  return (
    <div class="field directory-filter">
      <label class="field-label" for={props.id}>
        {t(props.label)}
      </label>
      <select id={props.id} value={props.value} onChange={(event) => props.onChange(event.currentTarget.value)}>
        <option value="">{t('directory.all')}</option>
        <For each={props.options}>{(option) => <option value={option}>{option}</option>}</For>
      </select>
    </div>
  );
}

/** Filters by municipality and topic, side by side on a phone. */
export function DirectoryFilters(props: {
  municipalities: readonly string[];
  topics: readonly string[];
  municipality: string;
  topic: string;
  onMunicipality: (value: string) => void;
  onTopic: (value: string) => void;
}) {
  return (
    <div class="directory-filters" role="group" aria-label={t('directory.title')}>
      <FilterSelect id="directory-municipality" label="directory.filterMunicipality" options={props.municipalities} value={props.municipality} onChange={(value) => props.onMunicipality(value)} />
      <FilterSelect id="directory-topic" label="directory.filterTopic" options={props.topics} value={props.topic} onChange={(value) => props.onTopic(value)} />
    </div>
  );
}
