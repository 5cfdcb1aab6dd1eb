import type { Room } from '../../shared/model.js';
import type { PublicState } from '../../shared/publicState.js';
import { roomIdFromName, shortHash, type IdMapper } from '../kernel/ids.js';
import { ownValue, type SourceRoom } from './sourceModel.js';

export interface RoomResolution {
  rooms: Room[];
  /** Our room id for the room a session names; undefined for an unknown room. */
  roomIdOf(key: string): string | undefined;
  knownNames(): string[];
}

const nameKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * CSV has no room list: sessions name rooms of the current event, by id or by name, and a name
 * the event does not have yet becomes a new room (the preview lists it).
 */
function existingRooms(state: PublicState, named: readonly string[]): RoomResolution {
  const rooms = Object.values(state.rooms);
  const byName = new Map(rooms.map((room) => [nameKey(room.name), room.id]));
  const taken = new Set(rooms.map((room) => room.id));
  const idOf = (key: string) => (ownValue(state.rooms, key.trim()) ? key.trim() : byName.get(nameKey(key)));
  for (const name of named) {
    const key = nameKey(name);
    if (!key || idOf(name)) continue;
    let id = roomIdFromName(name);
    if (taken.has(id)) id = `${id.slice(0, 50)}-${shortHash(key)}`;
    taken.add(id);
    byName.set(key, id);
    rooms.push({ id, name: name.trim().replace(/\s+/g, ' ') });
  }
  return { rooms, roomIdOf: idOf, knownNames: () => rooms.map((room) => room.name) };
}

/**
 * Rooms a file declares. A room keeps its id when one of our exports gave it its guid, or when
 * its name is already ours; a new room gets an id made from its name.
 */
function declaredRooms(sourceRooms: SourceRoom[], state: PublicState, ids: IdMapper): RoomResolution {
  const ours = new Map(Object.values(state.rooms).map((room) => [nameKey(room.name), room]));
  const taken = new Set<string>();
  const byName = new Map<string, string>();
  const rooms: Room[] = [];
  for (const source of sourceRooms) {
    const key = nameKey(source.name);
    if (!key || byName.has(key)) continue;
    const known = (source.guid ? ids.roomByGuid(source.guid) : undefined) ?? ours.get(key)?.id;
    let id = known ?? roomIdFromName(source.name);
    // A new room whose name-made id another room already has gets a suffix rather than its place.
    if (taken.has(id) || (!known && ownValue(state.rooms, id))) id = `${id.slice(0, 50)}-${shortHash(key)}`;
    taken.add(id);
    byName.set(key, id);
    const floor = ownValue(state.rooms, id)?.floor;
    rooms.push({ id, name: source.name.trim(), ...(floor ? { floor } : {}) });
  }
  return { rooms, roomIdOf: (key) => byName.get(nameKey(key)), knownNames: () => rooms.map((room) => room.name) };
}

export function resolveRooms(
  sourceRooms: SourceRoom[] | 'existing', state: PublicState, ids: IdMapper, named: readonly string[],
): RoomResolution {
  return sourceRooms === 'existing' ? existingRooms(state, named) : declaredRooms(sourceRooms, state, ids);
}
