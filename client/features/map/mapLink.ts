/** What "auf der Karte zeigen" points at: `/map?stand=…` or `/map?room=…`. */
export type MapTarget = { kind: 'stand' | 'room'; id: string };

export function mapHref(target: MapTarget): string {
  return `/map?${target.kind}=${encodeURIComponent(target.id)}`;
}
