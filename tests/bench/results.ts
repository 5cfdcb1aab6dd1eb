import { cpus, loadavg } from 'node:os';
import { catchupFigures, memoryFigures, phaseFigures, questionFigures, voteFigures, type Round } from './aggregate.js';
import type { BundleFigures } from './bundle.js';
import { votesAt, type BenchConfig } from './config.js';
import type { GuardFigures } from './guards.js';
import type { PhoneTimings } from './phoneBrowser.js';
import { hasTaskset } from './procs.js';
import { withGoals } from './report.js';
import type { snapshotFigures } from './snapshotSize.js';
import { ratio, round } from './stats.js';

/** Everything one run measured, as the figures of `latest.json` (see fields.ts and the README). */
export interface RawResults {
  cfg: BenchConfig;
  fanoutByN: Map<number, Round[]>;
  sqliteRates: (number | null)[];
  check: { light: Round; sio: Round } | null;
  bundle: BundleFigures | null;
  phone: PhoneTimings | null;
  /** The same phone on the big day (1,000 sessions, 100 stands with profiles). */
  bigDayPhone: PhoneTimings | null;
  snapshots: Awaited<ReturnType<typeof snapshotFigures>>;
  guards: GuardFigures;
  notes: string[];
  startedAt: number;
}

export function assemble({ cfg, fanoutByN, sqliteRates, check, bundle, phone, bigDayPhone, snapshots, guards, notes, startedAt }: RawResults) {
  const rounds = (n: number) => fanoutByN.get(n) ?? [];
  const headline = rounds(cfg.fanoutNs.at(-1)!);
  const phase = (kind: 'announce' | 'move') => ({ ...phaseFigures(headline, kind), by_n: cfg.fanoutNs.map((n) => phaseFigures(rounds(n), kind)) });
  const fanout = phase('announce');
  const agenda = phase('move');
  const catchup = catchupFigures(cfg.catchupN, cfg.catchupChanges, rounds(cfg.catchupN));
  const largeN = cfg.largeCatchupN;
  const catchupLarge = largeN === null ? null : catchupFigures(largeN, cfg.catchupChanges, rounds(largeN));
  const light = check && phaseFigures([check.light], 'announce');
  const sio = check && phaseFigures([check.sio], 'announce');
  for (const p of [...fanout.by_n, ...agenda.by_n]) {
    if ((p.client_cpu_pct_max ?? 0) > 80) notes.push(`load generators reached ${p.client_cpu_pct_max} % of their core at N=${p.n}: latencies there are partly client-bound`);
  }
  return withGoals({
    meta: {
      mode: cfg.mode,
      date: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      pinned: hasTaskset,
      rounds: cfg.rounds,
      triggers_per_round: cfg.triggers,
      generators: cfg.generators,
      duration_s: Math.round((Date.now() - startedAt) / 1000),
      /** The machine's 1/5/15-minute load at the end: above ~2 on two cores, others were running too. */
      load_average: loadavg().map((l) => Number(l.toFixed(2))),
      notes,
    },
    fanout,
    agenda,
    catchup,
    ...(catchupLarge ? { catchup_large: catchupLarge } : {}),
    questions: questionFigures(rounds(cfg.fanoutNs[0]!), sqliteRates, Math.min(cfg.askers, cfg.fanoutNs[0]!), cfg.questionsPerAsker),
    votes: voteFigures(rounds(votesAt(cfg))),
    memory: memoryFigures(headline),
    client: {
      first_page_js_files: bundle?.firstPageJsFiles ?? [],
      first_page_js_bytes: bundle?.firstPageJsBytes ?? null,
      first_page_js_gzip_bytes: bundle?.firstPageJsGzipBytes ?? null,
      first_page_js_brotli_bytes: bundle?.firstPageJsBrotliBytes ?? null,
      precache_bytes: bundle?.precacheBytes ?? null,
      precache_files: bundle?.precacheFiles ?? null,
      first_render_online_ms: round(phone?.firstRenderOnlineMs ?? null, 0),
      offline_cold_start_ms: round(phone?.offlineColdStartMs ?? null, 0),
      offline_cold_start_runs_ms: (phone?.offlineColdStartRunsMs ?? []).map((ms) => Math.round(ms)),
      first_render_online_big_day_ms: round(bigDayPhone?.firstRenderOnlineMs ?? null, 0),
      offline_cold_start_big_day_ms: round(bigDayPhone?.offlineColdStartMs ?? null, 0),
      offline_cold_start_big_day_runs_ms: (bigDayPhone?.offlineColdStartRunsMs ?? []).map((ms) => Math.round(ms)),
      service_worker: phone?.serviceWorker ?? null,
      snapshot_bytes_demo: snapshots.demo.bytes,
      snapshot_gzip_bytes_demo: snapshots.demo.gzipBytes,
      snapshot_bytes_large: snapshots.large.bytes,
      snapshot_gzip_bytes_large: snapshots.large.gzipBytes,
    },
    load: {
      client_cpu_pct_max: Math.max(fanout.client_cpu_pct_max ?? 0, agenda.client_cpu_pct_max ?? 0, catchup.client_cpu_pct_max ?? 0),
    },
    guards: { ...guards },
    checks: {
      light_client_n: cfg.clientCheckN,
      light_p50_ms: light?.p50_ms ?? null,
      light_p99_ms: light?.p99_ms ?? null,
      socketio_client_p50_ms: sio?.p50_ms ?? null,
      socketio_client_p99_ms: sio?.p99_ms ?? null,
      light_vs_socketio_client_p99_ratio: round(ratio(light?.p99_ms ?? null, sio?.p99_ms ?? null), 2),
      light_client_cpu_pct: light?.client_cpu_pct_max ?? null,
      socketio_client_cpu_pct: sio?.client_cpu_pct_max ?? null,
    },
  });
}
