import type { EventContext } from '../kernel/feature.js';
import { standHandlers } from './standHandlers.js';

/** The Markt der Projekte: stands and what their hosts say about them. */
export const standsFeature = (_event: EventContext) => ({ handlers: standHandlers });
