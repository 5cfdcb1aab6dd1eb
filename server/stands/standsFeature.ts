import type { EventContext } from '../kernel/feature.js';
import { standCodeRevocation, type StandCodes } from './standCodes.js';
import { standHandlers } from './standHandlers.js';

/** The Markt der Projekte: stands, their profiles, and what their hosts say about them. */
export const standsFeature = (event: EventContext, codes: StandCodes | null) => {
  if (!codes) return { handlers: standHandlers };
  const revocation = standCodeRevocation(event, codes);
  return { handlers: standHandlers, holdCommand: revocation.holdCommand, start: revocation.start };
};
