import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { emptyState } from '../../shared/publicState.js';
import { applyChanges } from '../../shared/reducer.js';
import { frabXmlExport } from '../../server/import/frabXmlExport.js';
import { bigProgramme } from '../support/bigProgramme.js';

export interface ImportFigures {
  sessions: number;
  fileChars: number;
  previewMs: number;
  applyMs: number;
  /** The server's longest event-loop stall during preview, apply and the exports. */
  longestStallMs: number;
  /** Of that stall, the main thread's own CPU time (null off Linux): the rest was waiting for a core. */
  longestStallCpuMs: number | null;
  /** The slowest `/api/snapshot` a phone asked for meanwhile (every 20 ms). */
  slowestSnapshotMs: number;
  exportMs: Record<string, number>;
  /** The same two figures for each phase alone: which one stalls. */
  stalls: Record<'preview' | 'apply' | 'exports', Stall>;
}

interface Stall {
  longestStallMs: number;
  longestStallCpuMs: number | null;
}

function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve) => child.once('message', (message) => resolve(message as T)));
}

/** Asks for the snapshot every 20 ms, as phones opening the app would, and keeps the slowest answer. */
function snapshotPoller(url: string): { stop(): Promise<number> } {
  let slowest = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      await (await fetch(`${url}/api/snapshot`)).arrayBuffer();
      slowest = Math.max(slowest, performance.now() - started);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return { stop: async () => { running = false; await loop; return Math.round(slowest); } };
}

/**
 * The import section: a 5,000-session frab XML (our own export of a congress, the largest file
 * we accept) previewed and applied on a server in its own process, while a phone keeps asking
 * for the snapshot; then the public exports of that event. Prints apply time and longest stall.
 */
export async function importFigures(count = 5000): Promise<ImportFigures> {
  const big = applyChanges(emptyState, [{ seq: 1, at: new Date().toISOString(), type: 'programme:loaded', audience: 'public', data: bigProgramme(count) }]);
  const content = frabXmlExport(big, '1') ?? '';
  const child = fork(fileURLToPath(new URL('./importServer.ts', import.meta.url)), { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const { url, token } = await nextMessage<{ url: string; token: string }>(child);
  const post = async (path: string, body: string) => {
    const started = performance.now();
    const response = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    const json = (await response.json()) as { baseSeq?: number; ok: boolean };
    if (!json.ok) throw new Error(`${path}: ${JSON.stringify(json).slice(0, 300)}`);
    return { json, ms: Math.round(performance.now() - started) };
  };
  try {
    const previewBody = JSON.stringify({ format: 'frab-xml', content });
    child.send('reset');
    await nextMessage(child);
    /** The stall since the last reset, then a fresh start for the next phase. */
    const stallSoFar = async (): Promise<Stall> => {
      child.send('report');
      const stall = await nextMessage<Stall>(child);
      child.send('reset');
      await nextMessage(child);
      return stall;
    };
    const poller = snapshotPoller(url);
    const preview = await post('/api/import/preview', previewBody);
    const previewStall = await stallSoFar();
    const applyBody = JSON.stringify({ format: 'frab-xml', content, baseSeq: preview.json.baseSeq });
    const apply = await post('/api/import/apply', applyBody);
    const applyStall = await stallSoFar();
    const exportMs: Record<string, number> = {};
    for (const name of ['schedule.xml', 'schedule.json', 'programme.ics']) {
      const started = performance.now();
      await (await fetch(`${url}/api/export/${name}`)).arrayBuffer();
      exportMs[name] = Math.round(performance.now() - started);
    }
    const slowestSnapshotMs = await poller.stop();
    const stalls = { preview: previewStall, apply: applyStall, exports: await stallSoFar() };
    const all = Object.values(stalls);
    const cpu = all.map((stall) => stall.longestStallCpuMs);
    return {
      sessions: count, fileChars: content.length, previewMs: preview.ms, applyMs: apply.ms, slowestSnapshotMs, exportMs, stalls,
      longestStallMs: Math.max(...all.map((stall) => stall.longestStallMs)),
      longestStallCpuMs: cpu.includes(null) ? null : Math.max(...cpu.map(Number)),
    };
  } finally {
    child.send('stop');
  }
}

export function printImportFigures(f: ImportFigures): void {
  console.log(`\nimport (${f.sessions} sessions, ${(f.fileChars / 1e6).toFixed(1)} M characters of frab XML)`);
  console.log(`  preview ${f.previewMs} ms, apply ${f.applyMs} ms`);
  const cpu = f.longestStallCpuMs === null ? '' : ` (the longest main-thread CPU between two ticks: ${f.longestStallCpuMs} ms)`;
  console.log(`  longest event-loop stall ${f.longestStallMs} ms (goal ≤ 100 ms)${cpu}, slowest /api/snapshot meanwhile ${f.slowestSnapshotMs} ms`);
  const phase = ([name, stall]: [string, Stall]) => `${name} ${stall.longestStallMs} ms${stall.longestStallCpuMs === null ? '' : ` (CPU ${stall.longestStallCpuMs} ms)`}`;
  console.log(`  longest stall by phase: ${Object.entries(f.stalls).map(phase).join(', ')}`);
  console.log(`  exports: ${Object.entries(f.exportMs).map(([name, ms]) => `${name} ${ms} ms`).join(', ')}`);
}
