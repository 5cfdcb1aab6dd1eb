import { For } from 'solid-js';
import { state } from '../../sync/connection';
import { myVote } from './myPollVotes';
import { PollCard } from './PollCard';
import { sessionPolls } from './pollView';

/** A session's open poll, its earlier polls whose results were shown, and those this device voted in. */
export function SessionPolls(props: { sessionId: string | null }) {
  return <For each={sessionPolls(state(), props.sessionId, (id) => myVote(id) !== undefined)}>{(poll) => <PollCard poll={poll} />}</For>;
}
