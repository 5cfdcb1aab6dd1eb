import type { Server, Socket } from 'socket.io';
import type { ClientToServerEventsReceived, InterServerEvents, ServerToClientEvents, SocketData } from '../../shared/events.js';

/** The Socket.IO server of the installation, typed by the one events map in `shared/events.ts`. */
export type OrtsterminIo = Server<ClientToServerEventsReceived, ServerToClientEvents, InterServerEvents, SocketData>;
export type OrtsterminSocket = Socket<ClientToServerEventsReceived, ServerToClientEvents, InterServerEvents, SocketData>;
/**
 * One event's rooms on the installation's Socket.IO server: every room name carries the event's
 * id, so a change of one event never reaches the phones of another, whatever rooms they share.
 */
export class EventRooms {
  constructor(
    private readonly io: OrtsterminIo,
    readonly eventId: string,
  ) {}

  private named(rooms: string | readonly string[]): string[] {
    return (typeof rooms === 'string' ? [rooms] : rooms).map((room) => `${this.eventId}:${room}`);
  }

  /** The event's sockets in these rooms, to emit to. */
  to(rooms: string | readonly string[]) {
    return this.io.to(this.named(rooms));
  }

  join(socket: OrtsterminSocket, rooms: string | readonly string[]): void {
    void socket.join(this.named(rooms));
  }

  /** This event's sockets on this process. */
  sockets(): OrtsterminSocket[] {
    return [...this.io.of('/').sockets.values()].filter((socket) => socket.data.eventId === this.eventId);
  }
}
