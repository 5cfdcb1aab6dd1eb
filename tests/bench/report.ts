/** The issue's goals checked against one run's figures, and the table printed on stdout. */
type Figures = Record<string, Record<string, unknown>>;

interface Goal {
  goal: string;
  value: number | null;
  target: string;
  /** null when the figure could not be measured on this run. */
  met: boolean | null;
  note?: string;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const check = (value: unknown, ok: (v: number) => boolean) => (num(value) === null ? null : ok(num(value)!));

export function withGoals<T extends Figures>(f: T): T & { goals: Goal[] } {
  const { fanout, agenda, catchup, questions, votes, memory, client, guards } = f as Figures;
  const generatorBound = num(catchup!.client_cpu_pct_max)! > 80 ? 'the load generators were near their core’s limit' : undefined;
  const fullSize = num(catchup!.n)! >= 5000 ? generatorBound : `measured at N=${String(catchup!.n)}; the goal is for 5,000`;
  const goals: Goal[] = [
    { goal: 'announcement fan-out p99 vs bare Socket.IO', value: num(fanout!.p99_ratio_vs_socketio), target: '≤ 1.0×', met: check(fanout!.p99_ratio_vs_socketio, (v) => v <= 1.0) },
    { goal: 'agenda fan-out p99 vs bare Socket.IO', value: num(agenda!.p99_ratio_vs_socketio), target: '≤ 1.25×', met: check(agenda!.p99_ratio_vs_socketio, (v) => v <= 1.25) },
    { goal: 'server CPU per message vs bare ws', value: num(fanout!.cpu_ratio_vs_ws), target: '≤ 1.2×', met: check(fanout!.cpu_ratio_vs_ws, (v) => v <= 1.2) },
    { goal: 'catch-up: all converged', value: num(catchup!.converge_ms), target: '≤ 1500 ms', met: catchup!.not_converged ? false : check(catchup!.converge_ms, (v) => v <= 1500), ...(fullSize ? { note: fullSize } : {}) },
    { goal: 'catch-up: longest loop stall', value: num(catchup!.loop_stall_max_ms), target: '≤ 50 ms', met: check(catchup!.loop_stall_max_ms, (v) => v <= 50), ...(fullSize ? { note: fullSize } : {}) },
    ...largeStormGoals((f as Figures).catchup_large),
    { goal: 'catch-up: bytes per client ≤ missed changes', value: num(catchup!.bytes_per_client), target: `≤ ${String(catchup!.missed_changes_bytes)} B`, met: check(catchup!.bytes_per_client, (v) => v <= num(catchup!.missed_changes_bytes)! * 1.02) },
    { goal: 'questions acknowledged durably', value: num(questions!.per_s), target: '≥ 500/s', met: check(questions!.per_s, (v) => v >= 500) },
    { goal: 'questions vs bare better-sqlite3', value: num(questions!.ratio_vs_sqlite), target: '≥ 0.5×', met: check(questions!.ratio_vs_sqlite, (v) => v >= 0.5) },
    { goal: 'vote messages per watcher per second', value: num(votes!.messages_per_watcher_per_s), target: '≤ 5', met: check(votes!.messages_per_watcher_per_s, (v) => v <= 5) },
    { goal: 'memory per connection vs bare Socket.IO', value: num(memory!.ratio_vs_socketio), target: '≤ 1.0×', met: check(memory!.ratio_vs_socketio, (v) => v <= 1.0) },
    { goal: 'first-page JavaScript, gzip', value: num(client!.first_page_js_gzip_bytes), target: '≤ 61440 B', met: check(client!.first_page_js_gzip_bytes, (v) => v <= 60 * 1024) },
    { goal: 'stand search: 1,000 stands, 8 keystrokes', value: num(guards!.stand_search_1000_ms), target: '≤ 1000 ms', met: check(guards!.stand_search_1000_ms, (v) => v <= 1000) },
    { goal: 'calm device acknowledged during a flood', value: num(guards!.flood_calm_ack_max_ms), target: '≤ 1000 ms', met: check(guards!.flood_calm_ack_max_ms, (v) => v <= 1000) },
    { goal: 'revoked code: its sockets closed after', value: num(guards!.revoke_disconnect_ms), target: '≤ 1000 ms', met: check(guards!.revoke_disconnect_ms, (v) => v <= 1000) },
    { goal: 'offline cold start, 4× throttled', value: num(client!.offline_cold_start_ms), target: '≤ 500 ms', met: check(client!.offline_cold_start_ms, (v) => v <= 500) },
    { goal: 'offline cold start, big day (1,000 sessions)', value: num(client!.offline_cold_start_big_day_ms), target: '≤ 1000 ms', met: check(client!.offline_cold_start_big_day_ms, (v) => v <= 1000) },
  ];
  return { ...f, goals };
}

/** The full run's storm of 10,000 phones (the hall's Wi-Fi comes back): the same goals. */
function largeStormGoals(large: Record<string, unknown> | undefined): Goal[] {
  if (!large) return [];
  const note = num(large.client_cpu_pct_max)! > 80 ? { note: 'the load generators were near their core’s limit' } : {};
  return [
    { goal: `catch-up N=${String(large.n)}: all converged`, value: num(large.converge_ms), target: '≤ 1500 ms', met: large.not_converged ? false : check(large.converge_ms, (v) => v <= 1500), ...note },
    { goal: `catch-up N=${String(large.n)}: longest loop stall`, value: num(large.loop_stall_max_ms), target: '≤ 50 ms', met: check(large.loop_stall_max_ms, (v) => v <= 50), ...note },
  ];
}

const cell = (v: unknown, width = 10) => (v === null || v === undefined ? '–' : typeof v === 'number' ? String(Number(v.toFixed(2))) : String(v)).padStart(width);

export function printReport(f: { goals: Goal[] }): void {
  const { meta, fanout, agenda, catchup, questions, votes, memory, client, load, guards, checks } = f as unknown as Figures;
  const lines: string[] = [];
  const row = (label: string, ...values: unknown[]) => lines.push(label.padEnd(34) + values.map((v) => cell(v)).join(''));
  lines.push(`Ortstermin benchmark · ${String(meta!.mode)} · ${String(meta!.rounds)} rounds (medians) · ${String(meta!.duration_s)} s`);
  lines.push(`server on core 0, load generators on core 1; ratios are medians of each round's own ratio; load average ${String(meta!.load_average)}\n`);
  for (const [name, p] of [['announcement', fanout], ['agenda move', agenda]] as const) {
    const b = p!.baselines as Record<string, Record<string, unknown>>;
    lines.push(`${name} fan-out, N=${String(p!.n)}`.padEnd(34) + ['app', 'app again', 'bare sio', 'bare ws'].map((h) => cell(h)).join(''));
    for (const key of ['p50_ms', 'p99_ms', 'max_ms', 'cpu_us_per_msg', 'ack_p50_ms', 'ack_p99_ms']) row(`  ${key}`, p![key], b['app-self']![key], b['bare-socketio']![key], b['bare-ws']![key]);
    row('  p99 ratio vs sio / vs self', p!.p99_ratio_vs_socketio, p!.p99_ratio_vs_self);
    row('  cpu ratio vs ws / vs sio / self', p!.cpu_ratio_vs_ws, p!.cpu_ratio_vs_socketio, p!.cpu_ratio_vs_self);
  }
  lines.push(`\ncatch-up storm, N=${String(catchup!.n)}, ${String(catchup!.changes)} missed`.padEnd(35) + ['changes', 'snapshot'].map((h) => cell(h)).join(''));
  row('  converged after, ms', catchup!.converge_ms, catchup!.snapshot_converge_ms);
  row('  longest loop stall, ms', catchup!.loop_stall_max_ms, catchup!.snapshot_loop_stall_max_ms);
  row('  bytes per client', catchup!.bytes_per_client, catchup!.snapshot_bytes_per_client);
  row('  server CPU, ms', catchup!.server_cpu_ms, catchup!.snapshot_server_cpu_ms);
  row('  missed changes as sent live, B', catchup!.missed_changes_bytes);
  const large = (f as unknown as Figures).catchup_large;
  if (large) {
    lines.push(`catch-up storm, N=${String(large.n)}`.padEnd(34) + ['changes', 'snapshot'].map((h) => cell(h)).join(''));
    row('  converged after, ms', large.converge_ms, large.snapshot_converge_ms);
    row('  longest loop stall, ms', large.loop_stall_max_ms, large.snapshot_loop_stall_max_ms);
    row('  server CPU, ms', large.server_cpu_ms, large.snapshot_server_cpu_ms);
  }
  lines.push('');
  row(`questions/s (${String(questions!.askers)} askers)`, questions!.per_s);
  row('  bare better-sqlite3/s, ratio', questions!.sqlite_per_s, questions!.ratio_vs_sqlite);
  row(`votes: ${String(votes!.voters)} voters, ${String(votes!.watchers)} watch`, votes!.messages_sent);
  row('  msgs/watcher/s, final p99 ms', votes!.messages_per_watcher_per_s, votes!.final_p99_ms);
  row('  naive (one per vote) messages', votes!.naive_messages);
  row(`memory KB/conn app, sio, ws (N=${String(memory!.n)})`, memory!.kb_per_conn, memory!.socketio_kb_per_conn, memory!.ws_kb_per_conn);
  row('  ratio vs sio, vs self', memory!.ratio_vs_socketio, memory!.ratio_vs_self);
  row('  heap KB/conn app, sio, ws', memory!.heap_kb_per_conn, memory!.socketio_heap_kb_per_conn, memory!.ws_heap_kb_per_conn);
  row('  heap ratio vs sio', memory!.heap_ratio_vs_socketio);
  row('first-page JS gzip, brotli B', client!.first_page_js_gzip_bytes, client!.first_page_js_brotli_bytes);
  row('precache B', client!.precache_bytes);
  row('agenda online, offline cold ms', client!.first_render_online_ms, client!.offline_cold_start_ms);
  row('  big day: online, offline cold ms', client!.first_render_online_big_day_ms, client!.offline_cold_start_big_day_ms);
  row('snapshot B demo, large', client!.snapshot_bytes_demo, client!.snapshot_bytes_large);
  row('  gzip demo, large', client!.snapshot_gzip_bytes_demo, client!.snapshot_gzip_bytes_large);
  row('load generators CPU, max %', load!.client_cpu_pct_max);
  row('stand search, calm ack, revoke ms', guards!.stand_search_1000_ms, guards!.flood_calm_ack_max_ms, guards!.revoke_disconnect_ms);
  row(`light vs socket.io-client p99 ms`, checks!.light_p99_ms, checks!.socketio_client_p99_ms, checks!.light_vs_socketio_client_p99_ratio);
  row('  client CPU % light, socket.io', checks!.light_client_cpu_pct, checks!.socketio_client_cpu_pct);
  lines.push('\ngoals');
  for (const g of f.goals) {
    const mark = g.met === null ? '  n/a' : g.met ? '  met' : ' MISS';
    lines.push(`${mark}  ${g.goal.padEnd(44)} ${cell(g.value)}  ${g.target}${g.note ? `  (${g.note})` : ''}`);
  }
  for (const note of meta!.notes as string[]) lines.push(`note: ${note}`);
  console.log(lines.join('\n'));
}
