import { Show } from 'solid-js';
import type { Poll } from '../../../shared/polls';
import { own } from '../../../shared/records';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { PollResultsView } from '../polls/PollResultsView';

/** The running poll on the big screen: its question, then, once revealed, the results as they come in. */
export function ScreenPoll(props: { poll: Poll }) {
  const results = () => (props.poll.revealed ? own(state().polls.results, props.poll.id) : undefined);
  return (
    <section class="screen-poll" aria-live="polite" aria-label={t('polls.title')} data-screen-poll={props.poll.id}>
      <p class="screen-label">{t('polls.title')}</p>
      <p class="screen-poll-question">{props.poll.question}</p>
      <Show when={results()} fallback={<p class="screen-poll-hint">{t('polls.hiddenResults')}</p>}>
        {(shown) => <PollResultsView poll={props.poll} results={shown()} big />}
      </Show>
    </section>
  );
}
