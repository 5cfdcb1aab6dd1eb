import type { ChangeDraft } from '../../shared/changes.js';
import type { EventInfo, Session } from '../../shared/model.js';
import type { PublicState } from '../../shared/publicState.js';
import type { ImportedProgramme, ImportedSession } from '../../shared/programmeImport.js';
import type { ImportDiff } from '../../shared/importReport.js';
import { sameInstant } from '../../shared/sessions.js';
import { ownValue } from './sourceModel.js';

const ref = (s: { id: string; title: string }) => ({ id: s.id, title: s.title });

function emptyDiff(): ImportDiff {
  return {
    added: [], moved: [], renamed: [], removed: [], cancelled: [], reinstated: [], detailsChanged: [],
    roomsAdded: [], roomsRenamed: [], eventChanged: false,
  };
}

function sameEvent(a: EventInfo, b: EventInfo): boolean {
  return a.id === b.id && a.name === b.name && a.venue === b.venue && a.city === b.city && a.address === b.address
    && a.timeZone === b.timeZone && sameInstant(a.startsAt, b.startsAt) && sameInstant(a.endsAt, b.endsAt);
}

const sameSlot = (a: Session, b: ImportedSession) =>
  a.roomId === b.roomId && sameInstant(a.startsAt, b.startsAt) && sameInstant(a.endsAt, b.endsAt);

const sameDetails = (a: Session, b: ImportedSession) =>
  a.abstract === b.abstract && a.kind === b.kind && a.speakers.join('\n') === b.speakers.join('\n');

/** The changes that turn one existing session into its imported version, in a fixed order. */
function sessionChanges(was: Session, now: ImportedSession, diff: ImportDiff): ChangeDraft[] {
  const changes: ChangeDraft[] = [];
  const sessionId = was.id;
  if (!sameSlot(was, now)) {
    const slot = { startsAt: now.startsAt, endsAt: now.endsAt, roomId: now.roomId };
    diff.moved.push({ ...ref(now), from: { startsAt: was.startsAt, endsAt: was.endsAt, roomId: was.roomId }, to: slot });
    changes.push({ type: 'session:moved', audience: 'public', data: { sessionId, slot } });
  }
  if (was.title !== now.title) {
    diff.renamed.push({ ...ref(now), from: was.title });
    changes.push({ type: 'session:renamed', audience: 'public', data: { sessionId, title: now.title } });
  }
  if (!sameDetails(was, now)) {
    diff.detailsChanged.push(ref(now));
    const { abstract, speakers, kind } = now;
    changes.push({ type: 'session:details-set', audience: 'public', data: { sessionId, abstract, speakers, kind } });
  }
  if (was.status !== now.status && now.status === 'cancelled') {
    diff.cancelled.push(ref(now));
    changes.push({ type: 'session:cancelled', audience: 'public', data: { sessionId } });
  } else if (was.status !== now.status) {
    diff.reinstated.push(ref(now));
    changes.push({ type: 'session:reinstated', audience: 'public', data: { sessionId } });
  }
  return changes;
}

/** Rooms are added or renamed, never removed: stands and the floor plan may still point at them. */
function roomChanges(state: PublicState, incoming: ImportedProgramme, diff: ImportDiff): ChangeDraft[] {
  return incoming.rooms.flatMap((room): ChangeDraft[] => {
    const was = ownValue(state.rooms, room.id);
    if (was && was.name === room.name) return [];
    if (was) diff.roomsRenamed.push({ ...room, from: was.name });
    else diff.roomsAdded.push(room);
    return [{ type: 'room:upserted', audience: 'public', data: { room: { ...room, ...(was?.floor ? { floor: was.floor } : {}), ...(was?.order !== undefined ? { order: was.order } : {}) } } }];
  });
}

/**
 * What an import changes, both as a report for the organizer and as the batch of changes that
 * does it. Sessions keep their ids, so bookmarks on attendees' phones keep pointing at them.
 */
export function diffProgramme(state: PublicState, incoming: ImportedProgramme): { diff: ImportDiff; drafts: ChangeDraft[] } {
  const diff = emptyDiff();
  const drafts: ChangeDraft[] = [];
  if (!state.event || !sameEvent(state.event, incoming.event)) {
    diff.eventChanged = true;
    // No programme file says whether search engines may list the pages: the organizer's choice stays.
    const indexable = state.event?.indexable;
    drafts.push({ type: 'event:updated', audience: 'public', data: { event: { ...incoming.event, ...(indexable !== undefined ? { indexable } : {}) } } });
  }
  drafts.push(...roomChanges(state, incoming, diff));
  const incomingIds = new Set(incoming.sessions.map((s) => s.id));
  for (const was of Object.values(state.sessions)) {
    if (incomingIds.has(was.id)) continue;
    diff.removed.push(ref(was));
    drafts.push({ type: 'session:removed', audience: 'public', data: { sessionId: was.id } });
  }
  for (const now of incoming.sessions) {
    const was = ownValue(state.sessions, now.id);
    if (was) {
      drafts.push(...sessionChanges(was, now, diff));
      continue;
    }
    diff.added.push(ref(now));
    drafts.push({ type: 'session:added', audience: 'public', data: { session: now } });
  }
  return { diff, drafts };
}
