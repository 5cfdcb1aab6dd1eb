/** CLOCK_MONOTONIC in ms: one clock for every process on this machine, so latencies cross processes. */
export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

export function percentile(values: ArrayLike<number>, p: number): number | null {
  const sorted = Float64Array.from(Array.prototype.filter.call(values, Number.isFinite) as number[]).sort();
  if (sorted.length === 0) return null;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function median(values: readonly (number | null)[]): number | null {
  const sorted = Float64Array.from(values.filter((v): v is number => v !== null && Number.isFinite(v))).sort();
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const max = (values: ArrayLike<number>): number | null => percentile(values, 100);

export function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : a / b;
}

export function round(value: number | null, digits = 2): number | null {
  return value === null ? null : Number(value.toFixed(digits));
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Runs the tasks with at most `limit` in flight. */
export async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * The first `total` devices (by index) each send one command, spread evenly over `spreadMs` from
 * `startAt`: a burst of votes as a hall gives them. Returns when the last was sent and how many were acked.
 */
export async function sendSpread<D extends { index: number }>(
  devices: readonly D[],
  args: { total: number; startAt: number; spreadMs: number },
  send: (device: D) => Promise<{ ok: boolean }>,
): Promise<{ lastSent: number; acked: number }> {
  let lastSent = 0;
  let acked = 0;
  await Promise.all(
    devices
      .filter((d) => d.index < args.total)
      .map(async (device) => {
        await sleep(Math.max(0, args.startAt + (device.index / args.total) * args.spreadMs - now()));
        lastSent = Math.max(lastSent, now());
        if ((await send(device).catch(() => ({ ok: false }))).ok) acked += 1;
      }),
  );
  return { lastSent, acked };
}
