import type { StormMode, StormResult } from './catchup.js';
import type { Variant } from './cluster.js';
import type { FanoutResult } from './fanout.js';
import type { SessionResult } from './session.js';
import { median, ratio, round } from './stats.js';

/**
 * Rounds to figures (null where nothing was measured, never a made-up 0): medians over rounds, and ratios as the median of each round's own ratio
 * (variants of one round ran back to back, so their ratio cancels most of the machine's drift).
 */
export type Round = Partial<Record<Variant, SessionResult>>;

const r2 = (v: number | null) => round(v, 2);
const variants: Variant[] = ['app', 'app-self', 'bare-socketio', 'bare-ws'];

function perRound(rounds: Round[], variant: Variant, pick: (s: SessionResult) => number | null): (number | null)[] {
  return rounds.map((r) => (r[variant] ? pick(r[variant]) : null));
}

const med = (rounds: Round[], variant: Variant, pick: (s: SessionResult) => number | null) => median(perRound(rounds, variant, pick));

function pairedRatio(rounds: Round[], a: Variant, b: Variant, pick: (s: SessionResult) => number | null): number | null {
  return median(rounds.map((r) => (r[a] && r[b] ? ratio(pick(r[a]), pick(r[b])) : null)));
}

export function phaseFigures(rounds: Round[], phase: 'announce' | 'move') {
  const of = (f: (x: FanoutResult) => number | null) => (s: SessionResult) => (s[phase] ? f(s[phase]) : null);
  const phases = rounds.flatMap((r) => Object.values(r).map((x) => x[phase]).filter((x) => x !== null));
  const p99 = of((x) => x.p99);
  const cpu = of((x) => x.cpuUsPerMsg);
  const variantFigures = (v: Variant) => ({
    p50_ms: r2(med(rounds, v, of((x) => x.p50))),
    p99_ms: r2(med(rounds, v, p99)),
    max_ms: r2(med(rounds, v, of((x) => x.max))),
    cpu_us_per_msg: r2(med(rounds, v, cpu)),
    ack_p50_ms: r2(med(rounds, v, of((x) => x.ackP50))),
    ack_p99_ms: r2(med(rounds, v, of((x) => x.ackP99))),
  });
  return {
    n: rounds.find((r) => r.app)?.app?.n ?? null,
    ...variantFigures('app'),
    p99_ratio_vs_socketio: r2(pairedRatio(rounds, 'app', 'bare-socketio', p99)),
    p99_ratio_vs_self: r2(pairedRatio(rounds, 'app', 'app-self', p99)),
    cpu_ratio_vs_ws: r2(pairedRatio(rounds, 'app', 'bare-ws', cpu)),
    cpu_ratio_vs_socketio: r2(pairedRatio(rounds, 'app', 'bare-socketio', cpu)),
    cpu_ratio_vs_self: r2(pairedRatio(rounds, 'app', 'app-self', cpu)),
    missing: phases.reduce((sum, x) => sum + x.missing, 0),
    client_cpu_pct_max: r2(Math.max(0, ...phases.map((x) => x.clientCpuPct))),
    baselines: {
      'app-self': variantFigures('app-self'),
      'bare-socketio': variantFigures('bare-socketio'),
      'bare-ws': variantFigures('bare-ws'),
    },
    /** Each round's p99 per variant, to see the spread behind the medians. */
    per_round_p99_ms: Object.fromEntries(variants.map((v) => [v, perRound(rounds, v, p99).map(r2)])),
  };
}

export function memoryFigures(rounds: Round[]) {
  const kb = (s: SessionResult) => s.kbPerConn;
  const heap = (s: SessionResult) => s.heapKbPerConn;
  const app = med(rounds, 'app', kb);
  return {
    n: rounds.find((r) => r.app)?.app?.n ?? null,
    kb_per_conn: r2(app),
    kb_per_1000: r2(app === null ? null : app * 1000),
    self_kb_per_conn: r2(med(rounds, 'app-self', kb)),
    socketio_kb_per_conn: r2(med(rounds, 'bare-socketio', kb)),
    ws_kb_per_conn: r2(med(rounds, 'bare-ws', kb)),
    ratio_vs_socketio: r2(pairedRatio(rounds, 'app', 'bare-socketio', kb)),
    ratio_vs_self: r2(pairedRatio(rounds, 'app', 'app-self', kb)),
    heap_kb_per_conn: r2(med(rounds, 'app', heap)),
    socketio_heap_kb_per_conn: r2(med(rounds, 'bare-socketio', heap)),
    ws_heap_kb_per_conn: r2(med(rounds, 'bare-ws', heap)),
    heap_ratio_vs_socketio: r2(pairedRatio(rounds, 'app', 'bare-socketio', heap)),
  };
}

export function questionFigures(rounds: Round[], sqlite: (number | null)[], askers: number, perAsker: number) {
  const rates = perRound(rounds, 'app', (s) => s.questions?.perS ?? null);
  return {
    askers,
    per_asker: perAsker,
    per_s: r2(median(rates)),
    sqlite_per_s: r2(median(sqlite)),
    ratio_vs_sqlite: r2(median(rates.map((rate, i) => ratio(rate, sqlite[i] ?? null)))),
  };
}

export function voteFigures(rounds: Round[]) {
  const votes = rounds.map((r) => r.app?.votes).filter((v) => v !== undefined);
  const m = (f: (v: (typeof votes)[number]) => number | null) => r2(median(votes.map(f)));
  return {
    voters: votes[0]?.voters ?? null,
    watchers: votes[0]?.watchers ?? null,
    acked: m((v) => v.acked),
    messages_sent: m((v) => v.messagesSent),
    messages_per_watcher_per_s: m((v) => v.messagesPerWatcherPerS),
    final_p99_ms: m((v) => v.finalP99Ms),
    final_max_ms: m((v) => v.finalMaxMs),
    missing: votes.reduce((sum, v) => sum + v.missing, 0),
    naive_messages: votes[0]?.naiveMessages ?? null,
  };
}

export function catchupFigures(n: number, changes: number, rounds: Round[]) {
  const storms = rounds.map((r) => r['app-self']?.storms).filter((s): s is Record<StormMode, StormResult> => Boolean(s?.changes && s.snapshot));
  const m = (mode: StormMode, f: (s: StormResult) => number | null) => r2(median(storms.map((s) => f(s[mode]))));
  return {
    n,
    changes,
    rounds: storms.length,
    converge_ms: m('changes', (s) => s.convergeMs),
    not_converged: storms.reduce((sum, s) => sum + s.changes.notConverged, 0),
    loop_stall_max_ms: m('changes', (s) => s.loopStallMaxMs),
    loop_stall_worst_ms: r2(Math.max(0, ...storms.map((s) => s.changes.loopStallMaxMs))),
    bytes_per_client: m('changes', (s) => s.bytesPerClient),
    missed_changes_bytes: m('changes', (s) => s.missedBytes),
    server_cpu_ms: m('changes', (s) => s.serverCpuMs),
    snapshot_converge_ms: m('snapshot', (s) => s.convergeMs),
    snapshot_not_converged: storms.reduce((sum, s) => sum + s.snapshot.notConverged, 0),
    snapshot_loop_stall_max_ms: m('snapshot', (s) => s.loopStallMaxMs),
    snapshot_bytes_per_client: m('snapshot', (s) => s.bytesPerClient),
    snapshot_server_cpu_ms: m('snapshot', (s) => s.serverCpuMs),
    client_cpu_pct_max: r2(Math.max(0, ...storms.flatMap((s) => [s.changes.clientCpuPct, s.snapshot.clientCpuPct]))),
  };
}
