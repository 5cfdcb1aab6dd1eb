import { hasPostgres, startPostgres } from '../support/postgres.js';
import { connectModerator, Generators, startServer, type ServerUnderTest } from './cluster.js';
import { fanoutPhase } from './fanout.js';
import { questionsPhase } from './interaction.js';
import { postgresCpuUs } from './postgresCpu.js';
import { pinSelf } from './procs.js';
import { ratio, round } from './stats.js';

/**
 * The cluster section (issue 15): 2 app processes on one throwaway PostgreSQL (`fsync=on`)
 * against 1 process on SQLite, in the same run with the same phones. All server processes and
 * PostgreSQL share core 0, the load generators core 1: the same budget for both set-ups.
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

export interface ScaleOutFigures extends ScaleOutOptions {
  single: SetupFigures;
  cluster: SetupFigures | null;
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

async function withServers<T>(extra: string[][], use: (servers: ServerUnderTest[]) => Promise<T>): Promise<T> {
  const servers: ServerUnderTest[] = [];
  try {
    // One after the other: the first loads the programme into an empty log, the next finds it there.
    for (const args of extra) servers.push(await startServer('app', args));
    return await use(servers);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

export async function scaleOutFigures(o: ScaleOutOptions, log: (line: string) => void): Promise<ScaleOutFigures> {
  const notes: string[] = [];
  pinSelf(1);
  const gens = await Generators.start(2);
  try {
    log(`cluster: 1 process on SQLite, N=${o.n}`);
    const single = await withServers([[]], (servers) => measure(gens, servers, o, () => null));
    let cluster: SetupFigures | null = null;
    if (!hasPostgres()) notes.push('cluster: PostgreSQL not installed (Debian package postgresql); only the SQLite figures');
    else {
      // PostgreSQL is server side: started from core 0 so that it and its backends run there.
      pinSelf(0);
      const pg = await startPostgres({ fsync: true }).finally(() => pinSelf(1));
      try {
        const url = await pg.createDatabase('bench');
        log(`cluster: 2 processes on PostgreSQL, N=${o.n}`);
        const args = ['--database-url', url];
        cluster = await withServers([args, args], (servers) => measure(gens, servers, o, () => postgresCpuUs(pg.port)));
      } finally {
        await pg.remove();
      }
    }
    const extra = (key: 'P50' | 'P99') =>
      cluster && cluster[`otherProcess${key}Ms`] !== null && cluster[`sameProcess${key}Ms`] !== null
        ? round(cluster[`otherProcess${key}Ms`]! - cluster[`sameProcess${key}Ms`]!)
        : null;
    return {
      ...o,
      single,
      cluster,
      p99RatioVsSingle: round(ratio(cluster?.announceP99Ms ?? null, single.announceP99Ms)),
      extraP50Ms: extra('P50'),
      extraP99Ms: extra('P99'),
      notes,
    };
  } finally {
    await gens.stop();
  }
}

const cell = (v: unknown, width = 14) => (v === null || v === undefined ? '–' : String(v)).padStart(width);

export function printScaleOutFigures(f: ScaleOutFigures): void {
  const lines = [`\ncluster: ${f.n} phones (half on each process), ${f.triggers} announcements, ${f.askers} askers × ${f.questionsPerAsker} questions`];
  lines.push('  '.padEnd(36) + cell('1 × SQLite') + cell('2 × Postgres'));
  const rows: [string, keyof SetupFigures][] = [
    ['durable questions acknowledged/s', 'questionsPerS'],
    ['announcement fan-out p50 ms', 'announceP50Ms'],
    ['announcement fan-out p99 ms', 'announceP99Ms'],
    ["  phones on moderator's process p50", 'sameProcessP50Ms'],
    ['  phones on the other process p50', 'otherProcessP50Ms'],
    ["  phones on moderator's process p99", 'sameProcessP99Ms'],
    ['  phones on the other process p99', 'otherProcessP99Ms'],
    ['server CPU µs per delivered message', 'cpuUsPerMsg'],
    ['  with PostgreSQL itself', 'cpuUsPerMsgWithDb'],
    ['receipts missing', 'missing'],
  ];
  for (const [label, key] of rows) lines.push(`  ${label.padEnd(34)}${cell(f.single[key])}${cell(f.cluster?.[key])}`);
  const signed = (v: number | null) => (v === null ? '–' : `${v >= 0 ? '+' : ''}${v} ms`);
  lines.push(`  change made on the other process (phones there minus phones on the moderator's): ${signed(f.extraP50Ms)} p50, ${signed(f.extraP99Ms)} p99`);
  const goal = (met: boolean | null, text: string, value: unknown, target: string) =>
    lines.push(`${met === null ? '  n/a' : met ? '  met' : ' MISS'}  ${text.padEnd(44)} ${cell(value, 10)}  ${target}`);
  goal(f.p99RatioVsSingle === null ? null : f.p99RatioVsSingle <= 1.5, 'cluster fan-out p99 vs one process', f.p99RatioVsSingle, '≤ 1.5×');
  const perS = f.cluster?.questionsPerS ?? null;
  goal(perS === null ? null : perS >= 2000, 'durable questions/s on PostgreSQL', perS, '≥ 2000/s');
  for (const note of f.notes) lines.push(`note: ${note}`);
  console.log(lines.join('\n'));
}
