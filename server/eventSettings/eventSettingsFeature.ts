import type { EventContext } from '../kernel/feature.js';
import { demoCodeRevocation, demoRemovalHandlers } from './demoRemoval.js';
import { eventSettingsHandlers } from './eventSettingsHandlers.js';

/** The event's name, dates, venue and rooms as the organizer sets them, and removing the demo. */
export const eventSettingsFeature = (event: EventContext) => {
  const revocation = demoCodeRevocation(event);
  return {
    handlers: { ...eventSettingsHandlers, ...demoRemovalHandlers },
    holdCommand: revocation.holdCommand,
    start: revocation.start,
  };
};
