import type { Change } from '../../shared/changes';
import type { PublicState } from '../../shared/publicState';

export type LiveListener = (change: Change, state: PublicState) => void;

const listeners = new Set<LiveListener>();

/** Called for each change that arrives live (not for catch-up after a reconnect). */
export function onLiveChange(listener: LiveListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyLive(change: Change, state: PublicState): void {
  for (const listener of listeners) listener(change, state);
}
