/**
 * zod probes whether it may compile validators with `new Function`; the page's Content Security
 * Policy forbids eval, and browsers report each probe as a violation (Firefox logs it three times
 * per load). zod reads this global when it first loads, so the probe never runs.
 */
declare global {
  var __zod_globalConfig: { jitless?: boolean } | undefined;
}

globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };

export {};
