import type { Change } from '../../shared/changes.js';
import { socketEvents } from '../../shared/events.js';
import { roomsOf } from './audience.js';
import type { EventSockets } from './sockets.js';

/** The end of a change's path: one emit per change to the rooms of its audience (socket.io encodes it once for all). */
export function publishChanges(io: EventSockets, changes: readonly Change[]): void {
  for (const change of changes) {
    const rooms = roomsOf(change.audience);
    if (rooms.length > 0) io.to(rooms).emit(socketEvents.change, change);
  }
}
