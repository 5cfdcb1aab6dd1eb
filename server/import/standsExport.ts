import { blobPath } from '../../shared/media.js';
import type { PublicState } from '../../shared/publicState.js';
import type { StandsFile } from '../../shared/standsImport.js';

/**
 * The stands file of the event as it is now: every stand with its profile as attendees see it,
 * the floor plan, and the plan image (hash, type, size and where it is served). Importing it back
 * changes nothing. Null when there is no floor plan yet (a stands file needs one).
 */
export function standsFileOf(state: PublicState): StandsFile | null {
  if (!state.floorPlan) return null;
  const image = state.planImage;
  return {
    version: 1,
    stands: Object.values(state.stands),
    floorPlan: state.floorPlan,
    ...(image ? { planImage: { ...image, url: blobPath(image.hash) } } : {}),
  };
}
