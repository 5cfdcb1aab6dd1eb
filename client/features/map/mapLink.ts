/** What "auf der Karte zeigen" points at: `/map?stand=…` or `/map?room=…`. */
export type MapTarget = { kind: 'stand' | 'room'; id: string };

export function mapHref(target: MapTarget): string {
  return `/map?${target.kind}=${encodeURIComponent(target.id)}`;
}

/** The place a map URL points at; a stand wins when both are given, anything else is none. */
export function mapTargetOf(params: Readonly<Record<string, string | string[] | undefined>>): MapTarget | null {
  for (const kind of ['stand', 'room'] as const) {
    const id = params[kind];
    if (typeof id === 'string' && id !== '') return { kind, id };
  }
  return null;
}
