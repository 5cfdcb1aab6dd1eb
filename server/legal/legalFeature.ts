import type { EventContext } from '../kernel/feature.js';
import { barrierPersonalData } from './barrierPersonalData.js';
import { legalHandlers } from './legalHandlers.js';

/** Impressum, Datenschutz, Barrierefreiheit and Leichte Sprache as the organizer writes them, and "Barriere melden". */
export const legalFeature = (_event: EventContext) => ({ handlers: legalHandlers, personalData: [barrierPersonalData] });
