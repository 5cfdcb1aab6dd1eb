import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { connectModerator, Generators, startServer } from './cluster.js';
import { pollsPhase } from './polls.js';
import { pinSelf } from './procs.js';

/**
 * `npx tsx tests/bench/pollsRun.ts [--voters 1000] [--watchers 5000]`: the polls section on its
 * own (the real server pinned to one core, two load generators on the other). Prints the figures
 * and writes tests/bench/results/polls.json.
 */
const { values } = parseArgs({ options: { voters: { type: 'string', default: '1000' }, watchers: { type: 'string', default: '5000' } } });
const voters = Number(values.voters);
const watchers = Number(values.watchers);
const out = resolve(fileURLToPath(new URL('.', import.meta.url)), 'results/polls.json');

pinSelf(1);
const gens = await Generators.start(2);
const server = await startServer('app');
try {
  const moderator = await connectModerator(server);
  const connected = await gens.connect(server.url, watchers);
  console.error(`[polls] ${watchers - connected.failed} watchers connected in ${Math.round(connected.ms)} ms`);
  const polls = { goal: 'messages per watcher per second ≤ 5; hidden: 0 result messages to attendees', ...(await pollsPhase(gens, server, moderator, voters)) };
  console.log(JSON.stringify({ polls }, null, 2));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), polls }, null, 2));
  await gens.disconnect();
  await moderator.close();
} finally {
  await server.stop();
  await gens.stop();
}
