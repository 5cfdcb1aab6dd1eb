import { For, Show } from 'solid-js';
import { t } from '../../i18n/i18n';

/**
 * One toggle button per topic; several may be on at once and then any of them matches. Folded
 * away behind one line (as the FOSDEM companion's filter button), so on a phone the results
 * come right under the search field, also with the keyboard open.
 */
export function TopicFilters(props: { topics: string[]; chosen: string[]; onToggle: (topic: string) => void }) {
  return (
    <Show when={props.topics.length > 1}>
      <details class="topic-filters-fold" open={props.chosen.length > 0}>
        <summary class="topic-filters-summary">
          {props.chosen.length > 0
            ? t('standDir.topicsChosen', { count: props.chosen.length })
            : t('standDir.topics')}
        </summary>
        <fieldset class="topic-filters">
          <legend class="visually-hidden">{t('standDir.topics')}</legend>
          <ul class="plain-list topic-list">
            <For each={props.topics}>
              {(topic) => (
                <li>
                  <button
                    type="button"
                    class="topic-toggle"
                    aria-pressed={props.chosen.includes(topic)}
                    onClick={() => props.onToggle(topic)}
                  >
                    <span class="topic-check" aria-hidden="true" />
                    {topic}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </fieldset>
      </details>
    </Show>
  );
}
