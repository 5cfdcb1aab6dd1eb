import type { CommandType } from '../shared/commands.js';
import { agendaFeature } from './agenda/agendaFeature.js';
import { dropsFeature } from './drops/dropsFeature.js';
import { announcementsFeature } from './announcements/announcementsFeature.js';
import { eventSettingsFeature } from './eventSettings/eventSettingsFeature.js';
import { programmeFilesFeature } from './import/programmeFilesFeature.js';
import type { EventContext, HandledBy } from './kernel/feature.js';
import { pollsFeature } from './polls/pollsFeature.js';
import { legalFeature } from './legal/legalFeature.js';
import { libraryFeature } from './library/libraryFeature.js';
import { privacyFeature } from './privacy/privacyFeature.js';
import { questionsFeature } from './questions/questionsFeature.js';
import { planImageFeature } from './planImage/planImageFeature.js';
import { planEditFeature } from './planEdit/planEditFeature.js';
import { signVideoFeature } from './signVideo/signVideoFeature.js';
import { standsFeature } from './stands/standsFeature.js';
import { directoryFeature } from './directory/directoryFeature.js';
import type { StandCodes } from './stands/standCodes.js';
import { createStandEditMarks, type StandEditMarks } from './stands/standEditMarks.js';

/**
 * The composition root's list of what an event is made of: a new feature is a folder and one
 * line here (`site`: what the event's site hands in, the staff codes; null in tests without one). The order is the order of their hooks (holds, refusals, start).
 */
export const eventFeatures = (event: EventContext, site: { standCodes: StandCodes } | null = null) => {
  // Kept by the stands feature, read by the stands file's preview too.
  const marks = createStandEditMarks();
  return eventParts(event, site, marks);
};

const eventParts = (event: EventContext, site: { standCodes: StandCodes } | null, marks: StandEditMarks) => ({
  programmeFiles: programmeFilesFeature(event, marks.all),
  agenda: agendaFeature(event),
  eventSettings: eventSettingsFeature(event),
  stands: standsFeature(event, site?.standCodes ?? null, marks),
  questions: questionsFeature(event),
  announcements: announcementsFeature(event),
  polls: pollsFeature(event),
  legal: legalFeature(event),
  library: libraryFeature(),
  privacy: privacyFeature(event),
  signVideo: signVideoFeature(event),
  planImage: planImageFeature(event),
  drops: dropsFeature(event),
  planEdit: planEditFeature(),
  directory: directoryFeature(event),
});

export type EventFeatureParts = ReturnType<typeof eventFeatures>;

/** Fails to compile while a command type has no feature to handle it. */
type Unhandled = Exclude<CommandType, HandledBy<EventFeatureParts>>;
export const everyCommandHandled: [Unhandled] extends [never] ? true : Unhandled = true;
