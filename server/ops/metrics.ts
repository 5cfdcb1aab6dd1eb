import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface MetricsSources {
  connectedDevices: () => number;
  seq: () => number;
}

export interface Metrics {
  registry: Registry;
  commandDone(type: string, outcome: string): void;
  commitSeconds(seconds: number): void;
  syncServed(kind: 'changes' | 'snapshot'): void;
  text(): Promise<string>;
  stop(): void;
}

/** The event loop is the process's, so one monitor serves every server in it (tests make hundreds). */
let processLoopDelay: IntervalHistogram | null = null;
function loopDelayMonitor(): IntervalHistogram {
  if (!processLoopDelay) {
    processLoopDelay = monitorEventLoopDelay({ resolution: 20 });
    processLoopDelay.enable();
  }
  return processLoopDelay;
}

/**
 * The process's memory, CPU, handles and GC (prom-client's default metrics), once per process like
 * the loop monitor: each collection adds a GC observer that is never removed.
 */
let processMetrics: Registry | null = null;
function processRegistry(): Registry {
  if (!processMetrics) {
    processMetrics = new Registry();
    collectDefaultMetrics({ register: processMetrics });
  }
  return processMetrics;
}

/** One registry per server (tests run several in one process); figures an operator watches during the event. */
export function createMetrics(sources: MetricsSources): Metrics {
  const registry = new Registry();
  const loopDelay = loopDelayMonitor();
  new Gauge({
    name: 'ortstermin_connected_devices',
    help: 'Phones and screens with an open socket',
    registers: [registry],
    collect() {
      this.set(sources.connectedDevices());
    },
  });
  new Gauge({
    name: 'ortstermin_seq',
    help: 'The seq of the last committed change',
    registers: [registry],
    collect() {
      this.set(sources.seq());
    },
  });
  new Gauge({
    name: 'ortstermin_event_loop_delay_seconds',
    help: 'Event-loop delay since the last scrape',
    labelNames: ['quantile'],
    registers: [registry],
    collect() {
      for (const q of [50, 99]) this.set({ quantile: String(q / 100) }, loopDelay.percentile(q) / 1e9);
      this.set({ quantile: '1' }, loopDelay.max / 1e9);
      loopDelay.reset();
    },
  });
  const commands = new Counter({
    name: 'ortstermin_commands_total',
    help: 'Commands by type and outcome (ok or the error code)',
    labelNames: ['type', 'outcome'],
    registers: [registry],
  });
  const refusals = new Counter({
    name: 'ortstermin_rate_limit_refusals_total',
    help: 'Commands refused by a rate limit',
    labelNames: ['type'],
    registers: [registry],
  });
  const commit = new Histogram({
    name: 'ortstermin_commit_duration_seconds',
    help: 'Time to decide and write one group commit (one sync to disk)',
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });
  const syncs = new Counter({
    name: 'ortstermin_sync_replies_total',
    help: 'Reconnect replies: catch-up from memory (changes) or a full snapshot',
    labelNames: ['kind'],
    registers: [registry],
  });
  return {
    registry,
    commandDone(type, outcome) {
      commands.inc({ type, outcome });
      if (outcome === 'rate_limited') refusals.inc({ type });
    },
    commitSeconds: (seconds) => commit.observe(seconds),
    syncServed: (kind) => syncs.inc({ kind }),
    text: async () => `${await registry.metrics()}\n${await processRegistry().metrics()}`,
    stop: () => registry.clear(),
  };
}
