/** The benchmark's sizes per mode. `quick` is the everyday run; `smoke` only checks the harness. */
export type Mode = 'smoke' | 'quick' | 'standard' | 'full';

export interface BenchConfig {
  mode: Mode;
  /** Fan-out sizes; the last one is the headline `fanout.n`. */
  fanoutNs: number[];
  /** Rounds of interleaved variants (order reversed every round). */
  rounds: number;
  /** Announcements (and as many agenda moves) per variant and round. */
  triggers: number;
  gapMs: number;
  /** Storms run in the app-self sessions of this N, in the first `catchupRounds` rounds. */
  catchupN: number;
  catchupRounds: number;
  /** A second storm size (a fan-out size too), run in the same rounds; null for none. */
  largeCatchupN: number | null;
  /** Questions and votes run in the app sessions of the first `interactionRounds` rounds. */
  interactionRounds: number;
  catchupChanges: number;
  askers: number;
  questionsPerAsker: number;
  voters: number;
  /** Votes run in the app sessions with this many devices watching. */
  watchers: number;
  /** The light client is checked against socket.io-client at this N. */
  clientCheckN: number;
  generators: number;
  browser: boolean;
  /** Phones in the cluster section (2 processes on PostgreSQL vs 1 on SQLite); null skips it. */
  clusterN: number | null;
  clusterRounds: number;
  /** Changes the long-day section commits before it compares memory (`--only long-day` runs it alone). */
  longDayChanges: number;
}

const base = {
  gapMs: 5,
  largeCatchupN: null,
  catchupChanges: 200,
  askers: 500,
  voters: 1000,
  clientCheckN: 1000,
  generators: 2,
  browser: true,
  clusterN: null,
  clusterRounds: 3,
  longDayChanges: 200_000,
};

export const configs: Record<Mode, BenchConfig> = {
  smoke: {
    ...base,
    mode: 'smoke',
    // One round: the smoke run checks the harness, not figures; each round starts four servers.
    longDayChanges: 2000,
    interactionRounds: 1,
    fanoutNs: [50],
    rounds: 1,
    triggers: 5,
    catchupN: 50,
    catchupRounds: 1,
    askers: 50,
    questionsPerAsker: 2,
    voters: 50,
    watchers: 50,
    clientCheckN: 50,
    browser: false,
  },
  quick: {
    ...base,
    mode: 'quick',
    longDayChanges: 20_000,
    interactionRounds: 3,
    fanoutNs: [1000],
    // Three rounds keep the everyday run within three minutes, the noise row (app-self) included.
    rounds: 3,
    triggers: 30,
    catchupN: 1000,
    catchupRounds: 3,
    questionsPerAsker: 2,
    watchers: 1000,
  },
  standard: {
    ...base,
    mode: 'standard',
    interactionRounds: 5,
    fanoutNs: [1000, 5000],
    rounds: 5,
    triggers: 30,
    catchupN: 5000,
    catchupRounds: 5,
    questionsPerAsker: 4,
    watchers: 5000,
    clusterN: 1000,
  },
  full: {
    ...base,
    mode: 'full',
    interactionRounds: 7,
    fanoutNs: [1000, 5000, 10000],
    rounds: 7,
    triggers: 40,
    catchupN: 5000,
    catchupRounds: 7,
    questionsPerAsker: 4,
    watchers: 5000,
    largeCatchupN: 10000,
    generators: 3,
    clusterN: 5000,
  },
};

/** Votes run in the app sessions of this N: the watchers, if a fan-out size, else the largest. */
export const votesAt = (cfg: BenchConfig): number => (cfg.fanoutNs.includes(cfg.watchers) ? cfg.watchers : cfg.fanoutNs.at(-1)!);
