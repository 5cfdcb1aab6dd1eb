import type { CommandPayload } from '../../../shared/commands';
import type { Session } from '../../../shared/model';
import { endsAfterStart, sessionChanges, type SessionChangeKind } from '../../../shared/sessions';
import { formatTime, localDate, zonedInstant } from '../../../shared/time';
import type { MessageKey } from '../../i18n/i18n';

/** What the moderator typed; null means the field was not touched. */
interface SessionDraft {
  start: string | null;
  end: string | null;
  roomId: string | null;
  title: string | null;
}

interface EditPlan {
  move: CommandPayload<'session:move'> | null;
  rename: CommandPayload<'session:rename'> | null;
}

/** HH:MM in the event's zone, the format of `<input type="time">`, whatever the phone's zone. */
export function wallClock(iso: string, timeZone: string): string {
  return formatTime(iso, timeZone, 'de-DE');
}

/** The new instant for a typed time, on the same event-zone day as the old one. */
function instantFor(oldIso: string, typed: string, timeZone: string): string {
  return zonedInstant(localDate(new Date(oldIso), timeZone), typed, timeZone);
}

const isTime = (value: string) => /^\d{2}:\d{2}$/.test(value);

type Edited = Pick<Session, 'startsAt' | 'endsAt' | 'roomId' | 'title'>;

/** Only the parts of the slot that changed: a new start alone keeps the session's length on the server. */
function movePayload(sessionId: string, edited: Edited, changed: ReadonlySet<SessionChangeKind>): EditPlan['move'] {
  if (!changed.has('start') && !changed.has('end') && !changed.has('room')) return null;
  return {
    sessionId,
    ...(changed.has('start') ? { startsAt: edited.startsAt } : {}),
    ...(changed.has('end') ? { endsAt: edited.endsAt } : {}),
    ...(changed.has('room') ? { roomId: edited.roomId } : {}),
  };
}

/** The commands a saved form means: a move with only the parts that changed, and a rename when the title changed. */
export function planEdit(session: Session, draft: SessionDraft, timeZone: string): EditPlan | { error: MessageKey } {
  const typedStart = draft.start ?? wallClock(session.startsAt, timeZone);
  const typedEnd = draft.end ?? wallClock(session.endsAt, timeZone);
  if (!isTime(typedStart) || !isTime(typedEnd)) return { error: 'edit.missingTime' };

  const title = (draft.title ?? session.title).trim();
  const edited: Edited = {
    startsAt: instantFor(session.startsAt, typedStart, timeZone),
    endsAt: instantFor(session.endsAt, typedEnd, timeZone),
    roomId: draft.roomId ?? session.roomId,
    // An emptied title field keeps the title: a session always has one.
    title: title === '' ? session.title : title,
  };
  const changed = new Set(sessionChanges(session, edited));
  if (changed.has('end') && !endsAfterStart(edited)) return { error: 'edit.endBeforeStart' };
  const rename = changed.has('title') ? { sessionId: session.id, title: edited.title } : null;
  return { move: movePayload(session.id, edited, changed), rename };
}
