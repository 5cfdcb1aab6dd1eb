import type { Session } from '../../../shared/model';
import type { PublicState } from '../../../shared/publicState';
import { comparePhases, compareSessions, sessionPhase, type SessionPhase } from '../../../shared/sessions';
import { foldText } from '../../../shared/textFold';

interface EditRow {
  session: Session;
  phase: SessionPhase;
}

/** Title, speakers and room, folded like the stand search: "dorfer" finds "Digitale Dörfer". */
function searchText(session: Session, state: PublicState): string {
  const room = state.rooms[session.roomId]?.name ?? '';
  return foldText([session.title, ...session.speakers, room].join(' '));
}

/**
 * The sessions a moderator picks one from to edit: what runs now first, then what comes, then
 * what is over (pretalx's and Whova's organizer views open at "now" too), each by start; a
 * query keeps the sessions whose title, speakers or room have every word.
 */
export function sessionsToEdit(state: PublicState, nowMs: number, query: string): EditRow[] {
  const words = foldText(query).split(/\s+/).filter((word) => word !== '');
  return Object.values(state.sessions)
    .filter((session) => {
      const text = searchText(session, state);
      return words.every((word) => text.includes(word));
    })
    .map((session) => ({ session, phase: sessionPhase(session, nowMs) }))
    .sort((a, b) => comparePhases(a.phase, b.phase) || compareSessions(a.session, b.session));
}
