import { For } from 'solid-js';
import { state } from '../../sync/connection';
import { PollCard } from './PollCard';
import { sessionPolls } from './pollView';

/** A session's open poll and its earlier polls whose results were shown. */
export function SessionPolls(props: { sessionId: string | null }) {
  return <For each={sessionPolls(state(), props.sessionId)}>{(poll) => <PollCard poll={poll} />}</For>;
}
