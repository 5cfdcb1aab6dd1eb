/**
 * How long to wait before the next try after the server refused this phone for load (too many
 * sockets from its address): doubling from 2 s up to a minute, each spread ±50 %, so the phones
 * of a hall refused together do not all come back together.
 */
export function refusalDelayMs(refusals: number, random: () => number = Math.random): number {
  const base = Math.min(60_000, 2000 * 2 ** Math.max(0, refusals - 1));
  return Math.round(base * (0.5 + random()));
}
