import type { Session, Slot } from '../../shared/model.js';
import type { PublicState } from '../../shared/publicState.js';
import { accept, reject, type CommandHandlers, type HandlerOutcome } from '../kernel/handler.js';
import { own } from '../../shared/records.js';
import { slotIssues } from '../../shared/instants.js';
import { sameInstant } from '../../shared/sessions.js';

type AgendaCommand = 'session:move' | 'session:cancel' | 'session:reinstate' | 'session:rename' | 'session:add';

function checkSlot(state: PublicState, slot: Slot): HandlerOutcome | null {
  if (!own(state.rooms, slot.roomId)) return reject('not_found', [{ path: 'roomId', message: 'no such room' }]);
  const issues = slotIssues(state.event, slot);
  return issues.length > 0 ? reject('invalid_command', issues) : null;
}

function withSession(
  state: PublicState,
  sessionId: string,
  decide: (session: Session) => HandlerOutcome,
): HandlerOutcome {
  const session = own(state.sessions, sessionId);
  return session ? decide(session) : reject('not_found', [{ path: 'sessionId', message: 'no such session' }]);
}

/** A new start without a new end keeps the session's length: moving a talk should not shorten it. */
function movedSlot(session: Session, p: { startsAt?: string; endsAt?: string; roomId?: string }): Slot {
  const startsAt = p.startsAt ?? session.startsAt;
  const length = Date.parse(session.endsAt) - Date.parse(session.startsAt);
  const endsAt = p.endsAt ?? new Date(Date.parse(startsAt) + length).toISOString();
  return { startsAt, endsAt, roomId: p.roomId ?? session.roomId };
}

export const agendaHandlers: CommandHandlers<AgendaCommand> = {
  'session:move': (payload, { state }) =>
    withSession(state, payload.sessionId, (session) => {
      const slot = movedSlot(session, payload);
      const unchanged =
        sameInstant(slot.startsAt, session.startsAt) && sameInstant(slot.endsAt, session.endsAt) && slot.roomId === session.roomId;
      if (unchanged) return accept();
      return checkSlot(state, slot) ?? accept({ type: 'session:moved', audience: 'public', data: { sessionId: session.id, slot } });
    }),

  'session:cancel': ({ sessionId, reason }, { state }) =>
    withSession(state, sessionId, (session) =>
      session.status === 'cancelled'
        ? reject('conflict', [{ path: 'sessionId', message: 'already cancelled' }])
        : accept({ type: 'session:cancelled', audience: 'public', data: { sessionId, ...(reason ? { reason } : {}) } }),
    ),

  'session:reinstate': ({ sessionId }, { state }) =>
    withSession(state, sessionId, (session) =>
      session.status !== 'cancelled'
        ? reject('conflict', [{ path: 'sessionId', message: 'not cancelled' }])
        : accept({ type: 'session:reinstated', audience: 'public', data: { sessionId } }),
    ),

  'session:rename': ({ sessionId, title }, { state }) =>
    withSession(state, sessionId, (session) =>
      session.title === title
        ? accept()
        : accept({ type: 'session:renamed', audience: 'public', data: { sessionId, title } }),
    ),

  'session:add': (payload, { state }) => {
    if (own(state.sessions, payload.sessionId)) {
      return reject('conflict', [{ path: 'sessionId', message: 'a session with this id exists' }]);
    }
    const slot = { startsAt: payload.startsAt, endsAt: payload.endsAt, roomId: payload.roomId };
    const session: Session = {
      id: payload.sessionId,
      title: payload.title,
      abstract: payload.abstract ?? '',
      speakers: payload.speakers ?? [],
      kind: payload.kind ?? 'talk',
      status: 'scheduled',
      ...slot,
    };
    return checkSlot(state, slot) ?? accept({ type: 'session:added', audience: 'public', data: { session } });
  },
};
