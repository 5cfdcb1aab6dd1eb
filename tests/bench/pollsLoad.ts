import type { Change } from '../../shared/changes.js';
import type { Device } from './device.js';
import { now, sendSpread, sleep } from './stats.js';

export interface PollVoteArgs {
  voters: number;
  pollId: string;
  startAt: number;
  spreadMs: number;
  /** The voter count every watcher should end with (only for revealed polls). */
  final: number | null;
}

/** Any change that carries a poll's results to a device. */
const resultsOf = (change: Change, pollId: string) =>
  change.type === 'poll:results-counted' ? change.data.results[pollId] : change.type === 'poll:revealed' && change.data.poll.id === pollId ? change.data.results : undefined;

/**
 * The load generator's side of the polls phase: its share of the voters votes (a rating, spread
 * evenly), and every device counts the result messages it receives and when it saw the final count.
 */
export async function pollVote(devices: Device[], args: PollVoteArgs, restore: (device: Device, position: number) => void) {
  const seen = new Float64Array(devices.length).fill(NaN);
  let resultMessages = 0;
  devices.forEach((device, i) => {
    device.onChange = (_d, change) => {
      const results = resultsOf(change, args.pollId);
      if (!results) return;
      resultMessages += 1;
      if (args.final !== null && results.voters === args.final && Number.isNaN(seen[i]!)) seen[i] = now();
    };
  });
  const { lastSent, acked } = await sendSpread(devices, { ...args, total: args.voters }, (device) =>
    device.command('poll:vote', { pollId: args.pollId, answer: { kind: 'rating', value: 1 + (device.index % 5) } }),
  );
  // From the end of the burst: a generator without voters gets here at once.
  const deadline = Math.max(now(), args.startAt + args.spreadMs) + 5000;
  while (args.final !== null && seen.some(Number.isNaN) && now() < deadline) await sleep(20);
  // Results flushed after the last vote still count; a generator without voters waits out the burst.
  await sleep(Math.max(600, args.startAt + args.spreadMs + 600 - now()));
  devices.forEach((device, position) => (device.onChange = () => restore(device, position)));
  return { seen, lastSent, acked, resultMessages };
}
