import type { Change } from '../../shared/changes.js';
import { socketEvents } from '../../shared/events.js';
import { roomsOf } from './audience.js';
import type { EventRooms } from './sockets.js';

/** The end of a change's path: one emit per change to the rooms of its audience (socket.io encodes it once for all). */
export function publishChanges(rooms: EventRooms, changes: readonly Change[]): void {
  for (const change of changes) {
    const audienceRooms = roomsOf(change.audience);
    if (audienceRooms.length > 0) rooms.to(audienceRooms).emit(socketEvents.change, change);
  }
}
