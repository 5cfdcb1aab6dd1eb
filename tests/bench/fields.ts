/**
 * The fields `latest.json` always has. `nullable` ones are null when they cannot be measured
 * on this run (no built client, no service worker, a phase that did not converge); all others are
 * numbers. The smoke test checks this list; the README explains how to read them.
 */
export const documentedFields: { path: string; nullable: boolean }[] = [
  ...['n', 'p50_ms', 'p99_ms', 'max_ms', 'cpu_us_per_msg'].map((f) => ({ path: `fanout.${f}`, nullable: false })),
  ...['p99_ratio_vs_socketio', 'p99_ratio_vs_self', 'cpu_ratio_vs_ws', 'cpu_ratio_vs_socketio'].map((f) => ({ path: `fanout.${f}`, nullable: true })),
  ...['n', 'p50_ms', 'p99_ms', 'max_ms', 'cpu_us_per_msg'].map((f) => ({ path: `agenda.${f}`, nullable: false })),
  ...['p99_ratio_vs_socketio', 'cpu_ratio_vs_ws'].map((f) => ({ path: `agenda.${f}`, nullable: true })),
  { path: 'catchup.n', nullable: false },
  { path: 'catchup.converge_ms', nullable: true },
  { path: 'catchup.loop_stall_max_ms', nullable: false },
  { path: 'catchup.bytes_per_client', nullable: true },
  { path: 'catchup.missed_changes_bytes', nullable: false },
  { path: 'catchup.snapshot_converge_ms', nullable: true },
  { path: 'catchup.snapshot_bytes_per_client', nullable: true },
  { path: 'questions.per_s', nullable: false },
  { path: 'questions.sqlite_per_s', nullable: false },
  { path: 'questions.ratio_vs_sqlite', nullable: true },
  { path: 'votes.watchers', nullable: false },
  { path: 'votes.messages_sent', nullable: false },
  { path: 'votes.messages_per_watcher_per_s', nullable: false },
  { path: 'votes.final_p99_ms', nullable: true },
  { path: 'votes.naive_messages', nullable: false },
  { path: 'memory.kb_per_conn', nullable: false },
  { path: 'memory.kb_per_1000', nullable: false },
  { path: 'memory.ratio_vs_socketio', nullable: true },
  { path: 'memory.heap_kb_per_conn', nullable: false },
  { path: 'memory.heap_ratio_vs_socketio', nullable: true },
  { path: 'client.snapshot_bytes_demo', nullable: false },
  { path: 'client.snapshot_bytes_large', nullable: false },
  ...['first_page_js_gzip_bytes', 'first_page_js_brotli_bytes', 'precache_bytes', 'first_render_online_ms', 'offline_cold_start_ms', 'first_render_online_big_day_ms', 'offline_cold_start_big_day_ms'].map(
    (f) => ({ path: `client.${f}`, nullable: true }),
  ),
  { path: 'load.client_cpu_pct_max', nullable: false },
  ...['stand_search_1000_ms', 'flood_calm_ack_max_ms', 'revoke_disconnect_ms'].map((f) => ({ path: `guards.${f}`, nullable: false })),
  { path: 'checks.light_vs_socketio_client_p99_ratio', nullable: true },
  { path: 'longDay.changes', nullable: false },
  { path: 'longDay.rssRatio', nullable: false },
  ...['rssMb', 'heapUsedMb', 'keptChanges', 'standViewFirstMs', 'standViewAgainMs', 'catchUpAtEdgeMs'].flatMap((f) => [
    { path: `longDay.long.${f}`, nullable: false },
    { path: `longDay.fresh.${f}`, nullable: false },
  ]),
];

export function fieldAt(json: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), json);
}
