import type { ScaleOutFigures, SetupFigures } from './scaleOut.js';

/** The cluster section's table and goals on stdout, as the other sections print theirs. */
const cell = (v: unknown, width = 16) => (v === null || v === undefined ? '–' : String(v)).padStart(width);

export function printScaleOutFigures(f: ScaleOutFigures): void {
  const lines = [`\ncluster: ${f.n} phones (half on each process), ${f.triggers} announcements, ${f.askers} askers × ${f.questionsPerAsker} questions, medians of ${f.rounds} rounds`];
  lines.push('  '.padEnd(36) + cell('1 × SQLite') + cell('2 × PG, 1 core') + cell('2 × PG, 2 cores', 16));
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
  for (const [label, key] of rows) lines.push(`  ${label.padEnd(34)}${cell(f.single?.[key])}${cell(f.cluster?.[key])}${cell(f.spread?.[key], 16)}`);
  lines.push(`  p99 per round, ms: ${f.perRoundP99Ms.map(([a, b]) => `${String(a)} / ${String(b)}`).join(', ')}`);
  lines.push(`  questions/s per round: ${f.perRoundQuestionsPerS.map((r) => r.map(String).join(' / ')).join(', ')}`);
  const signed = (v: number | null) => (v === null ? '–' : `${v >= 0 ? '+' : ''}${v} ms`);
  lines.push(`  change made on the other process (phones there minus phones on the moderator's): ${signed(f.extraP50Ms)} p50, ${signed(f.extraP99Ms)} p99`);
  const goal = (met: boolean | null, text: string, value: unknown, target: string) =>
    lines.push(`${met === null ? '  n/a' : met ? '  met' : ' MISS'}  ${text.padEnd(44)} ${cell(value, 10)}  ${target}`);
  goal(f.p99RatioVsSingle === null ? null : f.p99RatioVsSingle <= 1.5, 'cluster fan-out p99 vs one process', f.p99RatioVsSingle, '≤ 1.5×');
  const perS = f.cluster?.questionsPerS ?? null;
  goal(perS === null ? null : perS >= 2000, 'durable questions/s on PostgreSQL (1 core)', perS, '≥ 2000/s');
  for (const note of f.notes) lines.push(`note: ${note}`);
  console.log(lines.join('\n'));
}
