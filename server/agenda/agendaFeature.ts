import type { EventContext } from '../kernel/feature.js';
import { agendaHandlers } from './agendaHandlers.js';

/** The programme as moderators change it live: sessions moved, renamed, cancelled, added. */
export const agendaFeature = (_event: EventContext) => ({ handlers: agendaHandlers });
