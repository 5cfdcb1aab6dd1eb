import type { Change, ChangeDataMap, ChangeType } from './changes.js';
import type { Session } from './model.js';
import { emptyState, type PublicState } from './publicState.js';
import { pollReducers } from './pollReducer.js';
import { announcementReducers, keptAnnouncements } from './announcementReducer.js';
import { questionReducers } from './questionReducer.js';
import { roomReducers } from './roomReducer.js';
import { legalReducers } from './legalReducer.js';
import { privacyReducers } from './privacyReducer.js';
import { standReducers } from './standReducer.js';
import { libraryReducers } from './libraryReducer.js';
import { planReducers } from './planReducer.js';
import { renamedOnPlan } from './planPlaces.js';
import { directoryReducers } from './directoryReducer.js';
import { copyOnWrite, own, put, without, type RecordWrites } from './records.js';

type Reducers = {
  [K in ChangeType]: (state: PublicState, data: ChangeDataMap[K], seq: number, writes: RecordWrites) => PublicState;
};

/** Keeps the state object untouched when the session is unknown, so replays stay total. */
function updateSession(
  state: PublicState,
  writes: RecordWrites,
  sessionId: string,
  update: (session: Session) => Session,
): PublicState {
  const session = own(state.sessions, sessionId);
  if (!session) return state;
  const sessions = writes.writable(state.sessions);
  put(sessions, sessionId, update(session));
  return { ...state, sessions };
}

function byId<T extends { id: string }>(items: readonly T[]): Record<string, T> {
  return Object.fromEntries(items.map((item) => [item.id, item]));
}

const reducers: Reducers = {
  'programme:loaded': (state, programme) => ({
    ...state,
    event: programme.event,
    rooms: byId(programme.rooms),
    sessions: byId(programme.sessions),
    stands: byId(programme.stands),
  }),
  'session:moved': (state, { sessionId, slot }, seq, writes) =>
    updateSession(state, writes, sessionId, (session) => ({
      ...session,
      ...slot,
      original: session.original ?? {
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        roomId: session.roomId,
      },
      changedAtSeq: seq,
    })),
  'session:cancelled': (state, { sessionId, reason }, seq, writes) =>
    updateSession(state, writes, sessionId, (session) => ({
      ...session,
      status: 'cancelled',
      cancelReason: reason,
      changedAtSeq: seq,
    })),
  'session:reinstated': (state, { sessionId }, seq, writes) =>
    updateSession(state, writes, sessionId, (session) => ({
      ...session,
      status: 'scheduled',
      cancelReason: undefined,
      changedAtSeq: seq,
    })),
  'session:renamed': (state, { sessionId, title }, seq, writes) =>
    updateSession(state, writes, sessionId, (session) => ({ ...session, title, changedAtSeq: seq })),
  'session:added': (state, { session }, seq, writes) => {
    const sessions = writes.writable(state.sessions);
    put(sessions, session.id, { ...session, changedAtSeq: seq });
    return { ...state, sessions };
  },
  'session:removed': (state, { sessionId }, _seq, writes) => {
    if (!Object.hasOwn(state.sessions, sessionId)) return state;
    return { ...state, sessions: without(writes, state.sessions, sessionId), stage: without(writes, state.stage, sessionId) };
  },
  'session:details-set': (state, { sessionId, abstract, speakers, kind }, _seq, writes) =>
    updateSession(state, writes, sessionId, (session) => ({ ...session, abstract, speakers, kind })),
  'room:upserted': (state, { room }, _seq, writes) => {
    const before = own(state.rooms, room.id);
    const rooms = writes.writable(state.rooms);
    put(rooms, room.id, room);
    return { ...state, rooms, floorPlan: before ? renamedOnPlan(state.floorPlan, 'room', room.id, before.name, room.name) : state.floorPlan };
  },
  'event:updated': (state, { event }) => ({ ...state, event }),
  // The organizer's legal texts, the barrier reports and the DGS video are not the demo's: they stay.
  'event:demo-removed': (state, { event }) => ({ ...emptyState, event, legal: state.legal, barrierReports: state.barrierReports, signVideo: state.signVideo }),
  'announcement:posted': (state, { announcement }) =>
    state.announcements.some((a) => a.id === announcement.id)
      ? state
      : { ...state, announcements: [announcement, ...state.announcements].slice(0, keptAnnouncements) },
  'import:started': (state) => state,
  'import:finished': (state) => state,
  ...questionReducers,
  ...roomReducers,
  ...pollReducers,
  ...announcementReducers,
  ...legalReducers,
  ...privacyReducers,
  'event:sign-video-set': (state, { video }) => ({ ...state, signVideo: video }),
  'plan:image-set': (state, { image }) => ({ ...state, planImage: image }),
  ...standReducers,
  ...planReducers,
  ...libraryReducers,
  ...directoryReducers,
};

/**
 * The one reducer: the client builds its state with it, and the server's tests replay the
 * change log through it. Pure, and shares every part of the state the change does not touch.
 */
export function applyChange<K extends ChangeType>(state: PublicState, change: Change<K>): PublicState {
  return reducers[change.type](state, change.data, change.seq, copyOnWrite);
}

export function applyChanges(state: PublicState, changes: readonly Change[]): PublicState {
  return changes.reduce(applyChange, state);
}

/**
 * The same reduction, writing in place what `batch` (from `batchWrites()`) copied already: for
 * the server's live state, which applies thousands of changes and hands out only the result.
 */
export function applyChangeInBatch<K extends ChangeType>(state: PublicState, change: Change<K>, batch: RecordWrites): PublicState {
  return reducers[change.type](state, change.data, change.seq, batch);
}
