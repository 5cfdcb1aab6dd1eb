import type { EventContext } from '../kernel/feature.js';
import { standCodeRevocation, type StandCodes } from './standCodes.js';
import type { StandEditMarks } from './standEditMarks.js';
import { standHandlers } from './standHandlers.js';
import { standsImport } from './standsImportHandler.js';

/**
 * The Markt der Projekte: stands, their profiles, and what their hosts say about them. `marks`
 * (made by the composition root, which hands them to the import's preview too) are kept here.
 */
export const standsFeature = (event: EventContext, codes: StandCodes | null, marks: StandEditMarks) => {
  const handlers = { ...standHandlers, 'stands:import': standsImport(marks) };
  if (!codes) return { handlers, own: { marks }, projections: [marks] };
  const revocation = standCodeRevocation(event, codes);
  return { handlers, own: { marks }, projections: [marks], holdCommand: revocation.holdCommand, start: revocation.start };
};
