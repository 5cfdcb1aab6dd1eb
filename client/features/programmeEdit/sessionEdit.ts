import type { CommandPayload } from '../../../shared/commands';
import type { Session } from '../../../shared/model';
import { endsAfterStart, sameInstant } from '../../../shared/sessions';
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

/**
 * The commands a saved form means: a move with only the parts that changed (a new start alone
 * keeps the session's length on the server), and a rename when the title changed.
 */
export function planEdit(session: Session, draft: SessionDraft, timeZone: string): EditPlan | { error: MessageKey } {
  const typedStart = draft.start ?? wallClock(session.startsAt, timeZone);
  const typedEnd = draft.end ?? wallClock(session.endsAt, timeZone);
  if (!isTime(typedStart) || !isTime(typedEnd)) return { error: 'edit.missingTime' };

  const startsAt = instantFor(session.startsAt, typedStart, timeZone);
  const endsAt = instantFor(session.endsAt, typedEnd, timeZone);
  const startChanged = !sameInstant(startsAt, session.startsAt);
  const endChanged = !sameInstant(endsAt, session.endsAt);
  if (endChanged && !endsAfterStart({ startsAt, endsAt })) return { error: 'edit.endBeforeStart' };

  const roomId = draft.roomId ?? session.roomId;
  const roomChanged = roomId !== session.roomId;
  const title = (draft.title ?? session.title).trim();
  const titleChanged = title !== '' && title !== session.title;

  const move =
    startChanged || endChanged || roomChanged
      ? {
          sessionId: session.id,
          ...(startChanged ? { startsAt } : {}),
          ...(endChanged ? { endsAt } : {}),
          ...(roomChanged ? { roomId } : {}),
        }
      : null;
  return { move, rename: titleChanged ? { sessionId: session.id, title } : null };
}
