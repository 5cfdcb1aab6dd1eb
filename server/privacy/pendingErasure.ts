import type { Change } from '../../shared/changes.js';
import type { Projection } from '../kernel/liveState.js';
import { pseudonymPrefix, type ErasureRun, type PersonalData } from '../kernel/personalData.js';

/** Whether personal data came in since the last erasure: the daily run commits nothing when none did. */
export interface PendingErasure extends Projection {
  any(): boolean;
}

// Only asks whether a change holds anything to erase; nothing is written with it.
const probeRun: ErasureRun = { pseudonym: () => pseudonymPrefix };

export function createPendingErasure(personalData: () => readonly PersonalData[]): PendingErasure {
  let pending = false;
  const holdsPersonalData = (change: Change) => personalData().some((data) => data.types.includes(change.type) && data.erase(change, probeRun) !== null);
  return {
    any: () => pending,
    reset: () => void (pending = false),
    project(change) {
      if (change.type === 'personal-data:erased') pending = false;
      else if (!pending && holdsPersonalData(change)) pending = true;
    },
  };
}
