import type { Announcement, EventInfo, Room, Session, Stand } from './model.js';
import type { ModerationSettings, Question, StandStatus } from './questions.js';
import type { FloorPlan } from './standsImport.js';
import { emptyPolls, type PollsState } from './pollsState.js';
import type { BarrierReport, LegalTexts } from './legal.js';
import type { PlanImage, SignVideo } from './media.js';
import type { ContactDrafts } from './standProfile.js';
import type { LibraryMark } from './libraryMark.js';
import type { DirectoryListing } from './directoryListing.js';

/*
 * The state's shape and its empty value, apart from the zod schemas in model.ts: the phone's
 * first page needs these, and importing a value from a schema module would pull in zod.
 */

/**
 * The event as one audience sees it: the changes that audience receives, applied in order.
 * Attendees see public changes only; staff also see pending and hidden questions.
 * Records keyed by id so the reducer can share untouched parts.
 */
export interface PublicState {
  event: EventInfo | null;
  rooms: Readonly<Record<string, Room>>;
  sessions: Readonly<Record<string, Session>>;
  stands: Readonly<Record<string, Stand>>;
  /** Newest first. */
  announcements: readonly Announcement[];
  questions: Readonly<Record<string, Question>>;
  /** The question a moderator put "on stage" on a session's big screen. */
  stage: Readonly<Record<string, string>>;
  standStatus: Readonly<Record<string, StandStatus>>;
  moderation: ModerationSettings;
  /** The venue's plan: rooms and stands as shapes, drawn by the client as SVG. */
  floorPlan: FloorPlan | null;
  /** Live polls and session feedback (shared/pollsState.ts). */
  polls: PollsState;
  /** The organizer's Impressum, Datenschutz, Barrierefreiheit and Leichte Sprache (Markdown), kept on the phone for offline reading. */
  legal: LegalTexts;
  /** Staff only (attendees never receive a `barrier:reported`): oldest first. */
  barrierReports: readonly BarrierReport[];
  /** The organizer's DGS video, linked from the start page; null: no link. */
  signVideo: SignVideo | null;
  /** The venue's plan as an image under the map's shapes; null: the shapes alone. */
  planImage: PlanImage | null;
  /** Each stand's contact fields as its host typed them, public or not: the stand's hosts and staff only. */
  standContacts: Readonly<Record<string, ContactDrafts>>;
  /** Stands the organizer removed, by id: their names, so their answered questions stay readable. */
  formerStands: Readonly<Record<string, string>>;
  /** Projects this event took out of the series' library (or put back), by stand id. */
  library: Readonly<Record<string, LibraryMark>>;
  /** "Wer ist da?": the people who chose to be listed, by listing id. */
  directory: Readonly<Record<string, DirectoryListing>>;
}

export const defaultModeration: ModerationSettings = { mode: 'post', sessions: {} };

export const emptyState: PublicState = {
  event: null,
  rooms: {},
  sessions: {},
  stands: {},
  announcements: [],
  questions: {},
  stage: {},
  standStatus: {},
  moderation: defaultModeration,
  floorPlan: null,
  polls: emptyPolls,
  legal: {},
  barrierReports: [],
  signVideo: null,
  planImage: null,
  standContacts: {},
  formerStands: {},
  library: {},
  directory: {},
};

/** Bumped when the state's shape changes; a client with another version takes a fresh snapshot. */
export const schemaVersion = 9;

export interface Snapshot {
  seq: number;
  schemaVersion: number;
  state: PublicState;
}
