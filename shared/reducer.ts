import type { Change, ChangeDataMap, ChangeType } from './changes.js';
import type { PublicState, Session } from './model.js';
import { pollHandlers } from './pollReducer.js';
import { announcementHandlers } from './announcementReducer.js';
import { questionHandlers } from './questionReducer.js';
import { roomHandlers } from './roomReducer.js';
import { own, put, writable } from './records.js';

type Handlers = {
  [K in ChangeType]: (state: PublicState, data: ChangeDataMap[K], seq: number) => PublicState;
};

/** Keeps the state object untouched when the session is unknown, so replays stay total. */
function updateSession(
  state: PublicState,
  sessionId: string,
  update: (session: Session) => Session,
): PublicState {
  const session = own(state.sessions, sessionId);
  if (!session) return state;
  const sessions = writable(state.sessions);
  put(sessions, sessionId, update(session));
  return { ...state, sessions };
}

function byId<T extends { id: string }>(items: readonly T[]): Record<string, T> {
  return Object.fromEntries(items.map((item) => [item.id, item]));
}

const handlers: Handlers = {
  'programme:loaded': (state, programme) => ({
    ...state,
    event: programme.event,
    rooms: byId(programme.rooms),
    sessions: byId(programme.sessions),
    stands: byId(programme.stands),
  }),
  'session:moved': (state, { sessionId, slot }, seq) =>
    updateSession(state, sessionId, (session) => ({
      ...session,
      ...slot,
      original: session.original ?? {
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        roomId: session.roomId,
      },
      changedAtSeq: seq,
    })),
  'session:cancelled': (state, { sessionId, reason }, seq) =>
    updateSession(state, sessionId, (session) => ({
      ...session,
      status: 'cancelled',
      cancelReason: reason,
      changedAtSeq: seq,
    })),
  'session:reinstated': (state, { sessionId }, seq) =>
    updateSession(state, sessionId, (session) => ({
      ...session,
      status: 'scheduled',
      cancelReason: undefined,
      changedAtSeq: seq,
    })),
  'session:renamed': (state, { sessionId, title }, seq) =>
    updateSession(state, sessionId, (session) => ({ ...session, title, changedAtSeq: seq })),
  'session:added': (state, { session }, seq) => {
    const sessions = writable(state.sessions);
    put(sessions, session.id, { ...session, changedAtSeq: seq });
    return { ...state, sessions };
  },
  'session:removed': (state, { sessionId }) => {
    if (!Object.hasOwn(state.sessions, sessionId)) return state;
    // In place within a batch (records.ts): an import removing thousands copies the record once.
    const sessions = writable(state.sessions);
    Reflect.deleteProperty(sessions, sessionId);
    const { [sessionId]: _staged, ...stage } = state.stage;
    return { ...state, sessions, stage: Object.hasOwn(state.stage, sessionId) ? stage : state.stage };
  },
  'session:details-set': (state, { sessionId, abstract, speakers, kind }) =>
    updateSession(state, sessionId, (session) => ({ ...session, abstract, speakers, kind })),
  'room:upserted': (state, { room }) => ({ ...state, rooms: { ...state.rooms, [room.id]: room } }),
  'event:updated': (state, { event }) => ({ ...state, event }),
  'announcement:posted': (state, { announcement }) =>
    state.announcements.some((a) => a.id === announcement.id)
      ? state
      : { ...state, announcements: [announcement, ...state.announcements] },
  'stands:imported': (state, { stands, floorPlan }) => ({ ...state, stands: byId(stands), floorPlan }),
  'import:started': (state) => state,
  'import:finished': (state) => state,
  ...questionHandlers,
  ...roomHandlers,
  ...pollHandlers,
  ...announcementHandlers,
};

/**
 * The one reducer: the client builds its state with it, and the server's tests replay the
 * change log through it. Pure, and shares every part of the state the change does not touch.
 */
export function applyChange<K extends ChangeType>(state: PublicState, change: Change<K>): PublicState {
  return handlers[change.type](state, change.data, change.seq);
}

export function applyChanges(state: PublicState, changes: readonly Change[]): PublicState {
  return changes.reduce(applyChange, state);
}
