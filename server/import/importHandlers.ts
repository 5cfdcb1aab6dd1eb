import type { FieldIssue } from '../../shared/errors.js';
import type { PublicState } from '../../shared/publicState.js';
import { type ImportedProgramme } from '../../shared/programmeImport.js';
import { endsAfterStart } from '../../shared/sessions.js';
import { accept, reject, type CommandHandlers } from '../kernel/handler.js';
import { diffProgramme } from './programmeDiff.js';
import { isTimeZone } from '../../shared/timeZones.js';

const at = (...parts: (string | number)[]) => ['payload', 'programme', ...parts].join('.');

/** What zod cannot see in a payload: ids that repeat, rooms that do not exist, time running backwards. */
export function consistencyIssues(programme: ImportedProgramme, state: PublicState): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isTimeZone(programme.event.timeZone)) issues.push({ path: at('event', 'timeZone'), message: 'unknown time zone' });
  const roomIds = new Set(Object.keys(state.rooms));
  const newRooms = new Set<string>();
  programme.rooms.forEach((room, i) => {
    if (newRooms.has(room.id)) issues.push({ path: at('rooms', i, 'id'), message: `duplicate room id "${room.id}"` });
    newRooms.add(room.id);
    roomIds.add(room.id);
  });
  const sessionIds = new Set<string>();
  programme.sessions.forEach((session, i) => {
    if (sessionIds.has(session.id)) issues.push({ path: at('sessions', i, 'id'), message: `duplicate session id "${session.id}"` });
    sessionIds.add(session.id);
    if (!roomIds.has(session.roomId)) issues.push({ path: at('sessions', i, 'roomId'), message: 'no such room' });
    if (!endsAfterStart(session)) {
      issues.push({ path: at('sessions', i, 'endsAt'), message: 'must be after startsAt' });
    }
  });
  return issues.slice(0, 50);
}

export const importHandlers: CommandHandlers<'programme:import'> = {
  /** The whole programme in one batch, decided against the state it commits to. */
  'programme:import': ({ programme }, { state }) => {
    const issues = consistencyIssues(programme, state);
    if (issues.length) return reject('invalid_command', issues);
    return accept(...diffProgramme(state, programme).drafts);
  },
};
