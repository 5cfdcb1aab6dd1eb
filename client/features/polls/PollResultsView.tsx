import { For, Match, Show, Switch } from 'solid-js';
import type { Poll, PollResults } from '../../../shared/polls';
import { dateLocale, t } from '../../i18n/i18n';
import { barLabels, decimal, votersText, wordSize } from './pollView';
import { ResultBars } from './ResultBars';

/** Results as bars, the average of a scale, or a word cloud: the same on a phone and the big screen. */
export function PollResultsView(props: { poll: Poll; results: PollResults; big?: boolean }) {
  const top = () => Math.max(1, ...props.results.words.map((w) => w.count));
  return (
    <div class="poll-results" classList={{ 'is-big': props.big === true }} data-poll-results={props.poll.id}>
      <Show when={props.poll.kind === 'rating' && props.results.average !== null}>
        <p class="poll-average" data-poll-average>
          {t('polls.average', { value: decimal(props.results.average ?? 0, dateLocale()), max: props.poll.scale ?? 5 })}
        </p>
      </Show>
      <Switch>
        <Match when={props.results.voters === 0}>
          <p class="muted">{t('polls.noVotes')}</p>
        </Match>
        <Match when={props.poll.kind === 'words'}>
          <ul class="plain-list poll-cloud">
            <For each={props.results.words.slice(0, 40)}>
              {(word) => (
                <li class={`poll-word size-${wordSize(word.count, top())}`}>
                  {word.word}
                  <span class="visually-hidden"> ({word.count})</span>
                </li>
              )}
            </For>
          </ul>
        </Match>
        <Match when={props.poll.kind !== 'words'}>
          <ResultBars labels={barLabels(props.poll, props.results)} counts={props.results.counts} />
        </Match>
      </Switch>
      <p class="poll-voters">{votersText(props.results.voters)}</p>
    </div>
  );
}
