import type { EventInfo, Room } from '../../shared/model.js';
import type { PublicState } from '../../shared/publicState.js';
import { own } from '../../shared/records.js';
import { endsAfterStart } from '../../shared/sessions.js';
import { accept, reject, type CommandHandlers, type HandlerOutcome } from '../kernel/handler.js';
import { roomIdFromName, shortHash } from '../kernel/ids.js';
import { isTimeZone } from '../../shared/timeZones.js';

type SettingsCommand = 'event:configure' | 'room:create' | 'room:rename' | 'room:reorder' | 'room:remove';

const noRoom = () => reject('not_found', [{ path: 'roomId', message: 'no such room' }]);
const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function nameTaken(state: PublicState, name: string, except?: string): HandlerOutcome | null {
  const clash = Object.values(state.rooms).find((room) => room.id !== except && sameName(room.name, name));
  return clash ? reject('conflict', [{ path: 'name', message: `a room is already called "${clash.name}"` }]) : null;
}

/** A new room's id: the one asked for, else made from its name, never one that exists. */
function newRoomId(state: PublicState, wanted: string | undefined, name: string): string | HandlerOutcome {
  if (wanted) return own(state.rooms, wanted) ? reject('conflict', [{ path: 'roomId', message: 'a room has this id' }]) : wanted;
  const id = roomIdFromName(name);
  return own(state.rooms, id) ? `${id.slice(0, 50)}-${shortHash(name)}` : id;
}

/** The event with the settings given; an unknown zone or an end before the start changes nothing. */
function configured(event: EventInfo, p: Partial<EventInfo>): HandlerOutcome {
  const next: EventInfo = { ...event };
  for (const [key, value] of Object.entries(p)) if (value !== undefined) Reflect.set(next, key, value);
  if (!isTimeZone(next.timeZone)) return reject('invalid_command', [{ path: 'timeZone', message: 'unknown time zone' }]);
  if (!endsAfterStart(next)) return reject('invalid_command', [{ path: 'endsAt', message: 'must be after startsAt' }]);
  return accept({ type: 'event:updated', audience: 'public', data: { event: next } });
}

/** Where a room is still in use: removing it would leave sessions or stands nowhere. */
function roomInUse(state: PublicState, roomId: string): HandlerOutcome | null {
  const sessions = Object.values(state.sessions).filter((s) => s.roomId === roomId).length;
  if (sessions) return reject('conflict', [{ path: 'roomId', message: `${sessions} session(s) are in this room: move them to another room first` }]);
  const stands = Object.values(state.stands).filter((s) => s.roomId === roomId).length;
  if (stands) return reject('conflict', [{ path: 'roomId', message: `${stands} stand(s) are in this room: change the stands file first` }]);
  if (state.floorPlan?.places.some((place) => place.kind === 'room' && place.refId === roomId)) {
    return reject('conflict', [{ path: 'roomId', message: 'the floor plan shows this room: change the stands file first' }]);
  }
  return null;
}

export const eventSettingsHandlers: CommandHandlers<SettingsCommand> = {
  'event:configure': (payload, { state }) => {
    if (!state.event) return reject('not_found', [{ path: 'event', message: 'no event loaded' }]);
    return configured(state.event, payload);
  },

  'room:create': ({ roomId, name, floor }, { state }) => {
    const taken = nameTaken(state, name);
    if (taken) return taken;
    const id = newRoomId(state, roomId, name);
    if (typeof id !== 'string') return id;
    const order = Object.keys(state.rooms).length;
    const room: Room = { id, name, ...(floor ? { floor } : {}), order };
    return accept({ type: 'room:upserted', audience: 'public', data: { room } });
  },

  'room:rename': ({ roomId, name }, { state }) => {
    const room = own(state.rooms, roomId);
    if (!room) return noRoom();
    if (room.name === name) return accept();
    return nameTaken(state, name, roomId) ?? accept({ type: 'room:upserted', audience: 'public', data: { room: { ...room, name } } });
  },

  'room:reorder': ({ roomIds }, { state }) => {
    const all = Object.keys(state.rooms);
    const given = new Set(roomIds);
    if (given.size !== roomIds.length || all.length !== roomIds.length || all.some((id) => !given.has(id))) {
      return reject('invalid_command', [{ path: 'roomIds', message: 'list every room of the event exactly once' }]);
    }
    return accept({ type: 'room:order-set', audience: 'public', data: { roomIds } });
  },

  'room:remove': ({ roomId }, { state }) => {
    if (!own(state.rooms, roomId)) return noRoom();
    return roomInUse(state, roomId) ?? accept({ type: 'room:removed', audience: 'public', data: { roomId } });
  },
};
