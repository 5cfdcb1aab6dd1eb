import { hasPostgres, startPostgres } from '../support/postgres.js';
import { connectModerator, Generators, startServer, type ServerUnderTest } from './cluster.js';
import { fanoutPhase } from './fanout.js';
import { questionsPhase } from './interaction.js';
import { postgresCpuUs } from './postgresCpu.js';
import { pinSelf } from './procs.js';
import { median, ratio, round } from './stats.js';

/**
 * The cluster section (issue 15): the same phones and commands against 1 app process on SQLite
 * and 2 app processes on one throwaway PostgreSQL (`fsync=on`), twice: both processes on core 0,
 * the single process's budget (what the cluster costs per message), and one process per core
 * (what a second machine adds). PostgreSQL, on its own machine in a deployment, runs on core 1
 * with the load generators.
 */
export interface ScaleOutOptions {
  n: number;
  triggers: number;
  gapMs: number;
  askers: number;
  questionsPerAsker: number;
}

export interface SetupFigures {
  processes: number;
  store: 'sqlite' | 'postgres';
  questionsPerS: number;
  questionsAcked: number;
  announceP50Ms: number | null;
  announceP99Ms: number | null;
  /** Phones on the moderator's process and on the other one (both on the one process for SQLite). */
  sameProcessP50Ms: number | null;
  sameProcessP99Ms: number | null;
  otherProcessP50Ms: number | null;
  otherProcessP99Ms: number | null;
  /** App processes' CPU per delivered message, µs; and with PostgreSQL's own CPU added. */
  cpuUsPerMsg: number;
  cpuUsPerMsgWithDb: number | null;
  missing: number;
}

/** Medians over the rounds; the differences and the ratio are medians of each round's own. */
export interface ScaleOutFigures extends ScaleOutOptions {
  rounds: number;
  single: SetupFigures | null;
  cluster: SetupFigures | null;
  /** The 2 processes on a core each. */
  spread: SetupFigures | null;
  /** [SQLite, PostgreSQL] announcement p99 of each round: the spread behind the medians. */
  perRoundP99Ms: (number | null)[][];
  /** [SQLite, PostgreSQL on 1 core, on 2 cores] durable questions/s of each round. */
  perRoundQuestionsPerS: (number | null)[][];
  p99RatioVsSingle: number | null;
  extraP50Ms: number | null;
  extraP99Ms: number | null;
  notes: string[];
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

async function measure(gens: Generators, servers: ServerUnderTest[], o: ScaleOutOptions, dbCpu: () => number | null): Promise<SetupFigures> {
  const moderator = await connectModerator(servers[0]!);
  try {
    // Generator i's phones go to process i % processes: half on the moderator's process, half on the other.
    const connected = await gens.connect(servers.map((s) => s.url), o.n);
    const all: ServerUnderTest = { ...servers[0]!, cpuUs: async () => sum(await Promise.all(servers.map((s) => s.cpuUs()))) };
    const dbBefore = dbCpu();
    const announce = await fanoutPhase(gens, all, moderator, { kind: 'announcement', count: o.triggers, gapMs: o.gapMs });
    const dbAfter = dbCpu();
    const delivered = Math.max(1, o.n * o.triggers - announce.missing);
    const questions = await questionsPhase(gens, moderator, Math.min(o.askers, o.n), o.questionsPerAsker);
    const [same, other] = [announce.byGenerator[0], announce.byGenerator[1]];
    return {
      processes: servers.length,
      store: servers.length > 1 ? 'postgres' : 'sqlite',
      questionsPerS: round(questions.perS, 0)!,
      questionsAcked: questions.acked,
      announceP50Ms: round(announce.p50),
      announceP99Ms: round(announce.p99),
      sameProcessP50Ms: round(same?.p50 ?? null),
      sameProcessP99Ms: round(same?.p99 ?? null),
      otherProcessP50Ms: round(other?.p50 ?? null),
      otherProcessP99Ms: round(other?.p99 ?? null),
      cpuUsPerMsg: round(announce.cpuUsPerMsg)!,
      cpuUsPerMsgWithDb: dbBefore === null || dbAfter === null ? null : round(announce.cpuUsPerMsg + (dbAfter - dbBefore) / delivered),
      missing: announce.missing + connected.failed,
    };
  } finally {
    await gens.disconnect().catch(() => {});
    await moderator.close();
  }
}

/** One server per entry of `cores`, on that core; with a URL, each on PostgreSQL. */
async function withServers<T>(cores: number[], url: string | null, use: (servers: ServerUnderTest[]) => Promise<T>): Promise<T> {
  const servers: ServerUnderTest[] = [];
  try {
    // One after the other: the first loads the programme into an empty log, the next finds it there.
    for (const core of cores) servers.push(await startServer('app', url ? ['--database-url', url] : [], core));
    return await use(servers);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

type Setup = 'single' | 'cluster' | 'spread';
type Round = Record<Setup, SetupFigures | null>;

const layouts: Record<Setup, { cores: number[]; label: string }> = {
  single: { cores: [0], label: '1 process on SQLite' },
  cluster: { cores: [0, 0], label: '2 processes on PostgreSQL, both on core 0' },
  spread: { cores: [0, 1], label: '2 processes on PostgreSQL, one per core' },
};

/** Each figure's median over the rounds that measured it. */
function medianSetup(setups: SetupFigures[]): SetupFigures | null {
  const [first] = setups;
  if (!first) return null;
  const entries = Object.entries(first).map(([key, value]) =>
    typeof value === 'number' ? [key, round(median(setups.map((s) => s[key as keyof SetupFigures] as number | null)))] : [key, value],
  );
  return Object.fromEntries(entries) as SetupFigures;
}

const roundMedian = (rounds: Round[], of: (r: { single: SetupFigures; cluster: SetupFigures }) => number | null) =>
  round(median(rounds.map((r) => (r.single && r.cluster ? of({ single: r.single, cluster: r.cluster }) : null))));

const difference = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

export async function scaleOutFigures(o: ScaleOutOptions, rounds: number, log: (line: string) => void): Promise<ScaleOutFigures> {
  const notes: string[] = [];
  if (!hasPostgres()) notes.push('cluster: PostgreSQL not installed (Debian package postgresql); only the SQLite figures');
  pinSelf(1);
  const gens = await Generators.start(2);
  const pg = hasPostgres() ? await startPostgres({ fsync: true }) : null;
  const results: Round[] = [];
  try {
    for (let r = 0; r < rounds; r += 1) {
      const result: Round = { single: null, cluster: null, spread: null };
      const order: Setup[] = r % 2 ? ['spread', 'cluster', 'single'] : ['single', 'cluster', 'spread'];
      for (const setup of order) {
        if (setup !== 'single' && !pg) continue;
        log(`cluster round ${r + 1}/${rounds}: ${layouts[setup].label}, N=${o.n}`);
        const url = setup === 'single' ? null : await pg!.createDatabase(`bench_${r}_${setup}`);
        const dbCpu = () => (pg ? postgresCpuUs(pg.port) : null);
        result[setup] = await withServers(layouts[setup].cores, url, (servers) => measure(gens, servers, o, url ? dbCpu : () => null)).catch((error: Error) => {
          notes.push(`cluster round ${r + 1} ${setup} failed: ${error.message}`);
          return null;
        });
      }
      results.push(result);
    }
  } finally {
    await pg?.remove();
    await gens.stop();
  }
  return {
    ...o,
    rounds,
    single: medianSetup(results.flatMap((r) => (r.single ? [r.single] : []))),
    cluster: medianSetup(results.flatMap((r) => (r.cluster ? [r.cluster] : []))),
    spread: medianSetup(results.flatMap((r) => (r.spread ? [r.spread] : []))),
    p99RatioVsSingle: roundMedian(results, (r) => ratio(r.cluster.announceP99Ms, r.single.announceP99Ms)),
    extraP50Ms: roundMedian(results, (r) => difference(r.cluster.otherProcessP50Ms, r.cluster.sameProcessP50Ms)),
    extraP99Ms: roundMedian(results, (r) => difference(r.cluster.otherProcessP99Ms, r.cluster.sameProcessP99Ms)),
    perRoundP99Ms: results.map((r) => [r.single?.announceP99Ms ?? null, r.cluster?.announceP99Ms ?? null]),
    perRoundQuestionsPerS: results.map((r) => [r.single, r.cluster, r.spread].map((setup) => setup?.questionsPerS ?? null)),
    notes,
  };
}
