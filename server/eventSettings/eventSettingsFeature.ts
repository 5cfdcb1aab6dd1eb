import type { EventContext } from '../kernel/feature.js';
import { eventSettingsHandlers } from './eventSettingsHandlers.js';

/** The event's name, dates, venue and rooms as the organizer sets them. */
export const eventSettingsFeature = (_event: EventContext) => ({ handlers: eventSettingsHandlers });
