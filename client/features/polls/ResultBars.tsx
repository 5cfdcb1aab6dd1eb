import { For } from 'solid-js';
import { barWidth } from './pollView';

/** Counts as horizontal bars, the largest filling the width: poll answers, a scale, feedback stars. */
export function ResultBars(props: { labels: readonly string[]; counts: readonly number[] }) {
  return (
    <ul class="plain-list poll-bars">
      <For each={props.counts}>
        {(count, i) => (
          <li class="poll-bar">
            <span class="poll-bar-label">{props.labels[i()]}</span>
            <span class="poll-bar-track" aria-hidden="true">
              <span class="poll-bar-fill" style={{ width: `${barWidth(count, props.counts)}%` }} />
            </span>
            <span class="poll-bar-count">{count}</span>
          </li>
        )}
      </For>
    </ul>
  );
}
