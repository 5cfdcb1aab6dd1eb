import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { localDate } from '../../shared/time.js';
import type { Round } from './aggregate.js';
import { bundleFigures } from './bundle.js';
import { Generators, startServer, type Variant } from './cluster.js';
import { configs, votesAt, type Mode } from './config.js';
import { guardFigures } from './guards.js';
import { phoneTimings, type PhoneTimings } from './phoneBrowser.js';
import { importFigures, printImportFigures } from './importStall.js';
import { longDayFigures, printLongDayFigures } from './longDay.js';
import { hasTaskset, pinSelf } from './procs.js';
import { printReport } from './report.js';
import { assemble } from './results.js';
import { runSession } from './session.js';
import { scaleOutFigures, type ScaleOutFigures } from './scaleOut.js';
import { printScaleOutFigures } from './scaleOutReport.js';
import { snapshotFigures } from './snapshotSize.js';

/** `npx tsx tests/bench/run.ts [--quick|--full|--smoke] [--out file] [--only import|cluster|long-day|catchup|phone]`: see the README's benchmark section. */
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const { values } = parseArgs({
  options: { quick: { type: 'boolean' }, full: { type: 'boolean' }, smoke: { type: 'boolean' }, out: { type: 'string' }, 'client-dir': { type: 'string' }, only: { type: 'string' } },
});
const mode: Mode = values.smoke ? 'smoke' : values.quick ? 'quick' : values.full ? 'full' : 'standard';
const cfg = configs[mode];
const out = resolve(values.out ?? fromRoot('tests/bench/results/latest.json'));
const clientDir = resolve(values['client-dir'] ?? fromRoot('dist/client'));
const notes: string[] = [];
const started = Date.now();
const log = (line: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${line}`);

function fromRoot(...parts: string[]): string {
  return resolve(root, ...parts);
}

/** The cluster section (standard and full runs); `--only cluster` runs it alone, at the standard size unless `--full`. */
async function clusterSection(): Promise<ScaleOutFigures | null> {
  const n = values.only === 'cluster' ? (cfg.clusterN ?? configs.standard.clusterN) : cfg.clusterN;
  if (n === null) return null;
  const options = { n, triggers: cfg.triggers, gapMs: cfg.gapMs, askers: cfg.askers, questionsPerAsker: cfg.questionsPerAsker };
  return scaleOutFigures(options, cfg.clusterRounds, log).catch((error: Error) => {
    notes.push(`cluster section failed: ${error.message}`);
    console.error(`cluster section failed: ${error.message}`);
    return null;
  });
}
if (values.only === 'cluster') {
  const figures = await clusterSection();
  if (figures) printScaleOutFigures(figures);
  process.exit(figures ? 0 : 1);
}

// The import section first, on a quiet machine; `--only import` runs it alone (it takes a minute or two).
const imports = values.smoke || (values.only !== undefined && values.only !== 'import') ? null : await importFigures(5000).catch((error: Error) => {
  console.error(`import section failed: ${error.message}`);
  return null;
});
if (imports) printImportFigures(imports);
if (values.only === 'import') process.exit(imports ? 0 : 1);

// Memory against the log's length: its own processes, before the load generators start.
const longDay = values.only && values.only !== 'long-day' ? null : await longDayFigures(cfg.longDayChanges).catch((error: Error) => {
  notes.push(`long-day section failed: ${error.message}`);
  console.error(`long-day section failed: ${error.message}`);
  return null;
});
if (longDay) printLongDayFigures(longDay);
if (values.only === 'long-day') process.exit(longDay ? 0 : 1);

if (values.only === 'phone') {
  const { phone, bigDayPhone } = await phoneSection(clientDir);
  console.log(JSON.stringify({ demo: phone, bigDay: bigDayPhone }, null, 2));
  process.exit(0);
}

pinSelf(1);
if (!hasTaskset) notes.push('taskset not found: processes are not pinned to cores');
const gens = await Generators.start(cfg.generators);
if (values.only === 'catchup') {
  await catchupAlone();
  process.exit(0);
}
const votesN = votesAt(cfg);
if (!cfg.fanoutNs.includes(cfg.catchupN)) throw new Error('catchupN must be one of fanoutNs');

/** `--only catchup`: the storms alone, at the mode's catch-up size and rounds (the figures are printed as JSON, one line a round). */
async function catchupAlone(): Promise<void> {
  try {
    for (const n of [cfg.catchupN, ...(cfg.largeCatchupN === null ? [] : [cfg.largeCatchupN])]) {
      for (let r = 0; r < cfg.catchupRounds; r += 1) {
        log(`N=${n} storm round ${r + 1}/${cfg.catchupRounds}`);
        const order: ('changes' | 'snapshot')[] = r % 2 ? ['snapshot', 'changes'] : ['changes', 'snapshot'];
        const result = await runSession(gens, 'app-self', { n, count: 2, gapMs: cfg.gapMs, announceOnly: true, storms: { changes: cfg.catchupChanges, order } });
        console.log(JSON.stringify({ round: r + 1, n, storms: result.storms }));
      }
    }
  } finally {
    await gens.stop();
  }
}

/** The phone in Chromium, on the demo and on the big day (1,000 sessions, 100 stands with profiles). */
async function phoneSection(dir: string): Promise<{ phone: PhoneTimings; bigDayPhone: PhoneTimings }> {
  const failed = (error: Error): PhoneTimings => ({
    firstRenderOnlineMs: null,
    offlineColdStartMs: null,
    offlineColdStartRunsMs: [],
    serviceWorker: false,
    notes: [`browser failed: ${error.message.split('\n')[0]}`],
  });
  log('phone: Chromium, 4× CPU throttling, slow 4G');
  const phone = await phoneTimings(dir).catch(failed);
  log('phone on the big day: 1,000 sessions, 100 stands with profiles');
  const bigDayPhone = await phoneTimings(dir, 'big-day').catch(failed);
  return { phone, bigDayPhone };
}

async function sqliteRate(count: number): Promise<number> {
  const server = await startServer('sqlite');
  try {
    return (await server.rpc.call<{ perS: number }>('sqliteInsert', { count })).perS;
  } finally {
    await server.stop();
  }
}

const fanoutByN = new Map<number, Round[]>();
const sqliteRates: (number | null)[] = [];
let check: { light: Round; sio: Round } | null = null;
try {
  for (const n of cfg.fanoutNs) {
    const rounds: Round[] = [];
    for (let r = 0; r < cfg.rounds; r += 1) {
      const order: Variant[] = ['app', 'bare-socketio', 'bare-ws', 'app-self'];
      if (r % 2) order.reverse();
      const round: Round = {};
      const interact = r < cfg.interactionRounds;
      const withQuestions = interact && n === cfg.fanoutNs[0];
      const storms = (n === cfg.catchupN || n === cfg.largeCatchupN) && r < cfg.catchupRounds;
      for (const variant of order) {
        log(`N=${n} round ${r + 1}/${cfg.rounds}: ${variant}`);
        // A failed session (a timeout on a busy machine) leaves a gap in its round, not a dead run.
        const result = await runSession(gens, variant, {
          n,
          count: cfg.triggers,
          gapMs: cfg.gapMs,
          ...(withQuestions && variant === 'app' ? { questions: { askers: cfg.askers, perDevice: cfg.questionsPerAsker } } : {}),
          ...(interact && n === votesN && variant === 'app' ? { votes: { voters: cfg.voters } } : {}),
          // Both storms on one server, their order swapped every round.
          ...(storms && variant === 'app-self' ? { storms: { changes: cfg.catchupChanges, order: r % 2 ? ['snapshot', 'changes'] : ['changes', 'snapshot'] } } : {}),
        }).catch((error: Error) => {
          notes.push(`N=${n} round ${r + 1} ${variant} failed: ${error.message}`);
          return undefined;
        });
        if (result) round[variant] = result;
        if (withQuestions && variant === 'app') sqliteRates[r] = await sqliteRate(Math.min(cfg.askers, n) * cfg.questionsPerAsker);
      }
      rounds.push(round);
    }
    fanoutByN.set(n, rounds);
  }
  log(`light client vs socket.io-client, N=${cfg.clientCheckN}`);
  const checkOptions = { n: cfg.clientCheckN, count: cfg.triggers, gapMs: cfg.gapMs, announceOnly: true };
  check = {
    light: { app: await runSession(gens, 'app', checkOptions) },
    sio: { app: await runSession(gens, 'app', { ...checkOptions, client: 'sio' }) },
  };
} finally {
  await gens.stop();
}
const cluster = await clusterSection();

const bundle = bundleFigures(clientDir);
if (!bundle) notes.push(`${clientDir} has no index.html: build the client (npm run build) for the phone figures`);
else if (bundle.precacheBytes === null) notes.push('no service worker precache manifest (sw.js) in the build');
let phone: PhoneTimings | null = null;
let bigDayPhone: PhoneTimings | null = null;
if (bundle && cfg.browser) {
  // The phone is no load generator: Chromium gets both cores, as a phone has several (the
  // throttling slows each), instead of sharing the generators' one core with its own processes.
  pinSelf('0,1');
  ({ phone, bigDayPhone } = await phoneSection(clientDir));
  notes.push(...phone.notes, ...bigDayPhone.notes.map((note) => `big day: ${note}`));
} else if (bundle) notes.push(`browser timings skipped in ${mode} mode`);
const snapshots = await snapshotFigures(localDate(new Date(), 'Europe/Berlin'));
log('guards: stand search, calm device during a flood, revocation');
const guards = await guardFigures();

const results = assemble({ cfg, fanoutByN, sqliteRates, check, bundle, phone, bigDayPhone, snapshots, guards, notes, startedAt: started });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ ...results, import: imports, cluster, longDay }, null, 2)}\n`);
printReport(results);
if (imports) printImportFigures(imports);
if (cluster) printScaleOutFigures(cluster);
if (longDay) printLongDayFigures(longDay);
console.log(`\nwritten: ${out}`);
process.exit(0);
