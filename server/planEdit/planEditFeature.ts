import type { SomeEventFeature } from '../kernel/feature.js';
import { planEditHandlers } from './planEditHandlers.js';

/** The floor plan edited on screen (issue 25): the organizer places stands and sets rooms' areas. */
export function planEditFeature() {
  return { handlers: planEditHandlers } satisfies SomeEventFeature;
}
