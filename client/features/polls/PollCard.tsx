import { createUniqueId, Match, Show, Switch } from 'solid-js';
import type { Poll } from '../../../shared/polls';
import { own } from '../../../shared/records';
import { t } from '../../i18n/i18n';
import { queuedHint } from '../offline/queuedHint';
import { state } from '../../sync/connection';
import { myVote } from './myPollVotes';
import { PollResultsView } from './PollResultsView';
import { PollVoteForm } from './PollVoteForm';

/** What became of this device's vote: sent, waiting offline, or too late. */
function VoteStatus(props: { pollId: string }) {
  return (
    <p class="poll-status" role="status" data-vote-state={myVote(props.pollId)?.state ?? 'none'}>
      <Switch>
        <Match when={myVote(props.pollId)?.state === 'accepted'}>{t('polls.counted')}</Match>
        <Match when={myVote(props.pollId)?.state === 'sending'}>{queuedHint('polls.sending')}</Match>
        <Match when={myVote(props.pollId)?.state === 'too-late'}>{t('polls.tooLate')}</Match>
        <Match when={myVote(props.pollId)?.state === 'failed'}>{t('polls.failed')}</Match>
      </Switch>
    </p>
  );
}

/** One poll for an attendee: vote while it is open, the results once the moderator shows them. */
export function PollCard(props: { poll: Poll }) {
  const titleId = createUniqueId();
  const results = () => (props.poll.revealed ? own(state().polls.results, props.poll.id) : undefined);
  return (
    <section class="card poll-card" aria-labelledby={titleId} data-poll-id={props.poll.id} data-poll-status={props.poll.status}>
      <p class="poll-kicker">
        {t('polls.title')} · {props.poll.status === 'open' ? t('polls.open') : t('polls.closed')}
      </p>
      <h3 id={titleId} class="poll-question">
        {props.poll.question}
      </h3>
      <Show when={props.poll.status === 'open'}>
        <PollVoteForm poll={props.poll} />
      </Show>
      <VoteStatus pollId={props.poll.id} />
      <Show when={results()} fallback={<p class="muted poll-hidden-note">{t('polls.hiddenResults')}</p>}>
        {(shown) => <PollResultsView poll={props.poll} results={shown()} />}
      </Show>
    </section>
  );
}
