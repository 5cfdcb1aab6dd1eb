import type { Namespace, Server, Socket } from 'socket.io';
import type { ClientToServerEventsReceived, InterServerEvents, ServerToClientEvents, SocketData } from '../../shared/events.js';

/** The Socket.IO server of the installation, typed by the one events map in `shared/events.ts`. */
export type OrtsterminIo = Server<ClientToServerEventsReceived, ServerToClientEvents, InterServerEvents, SocketData>;
export type OrtsterminSocket = Socket<ClientToServerEventsReceived, ServerToClientEvents, InterServerEvents, SocketData>;
/** One event's sockets: the main namespace for the installation's (only) event, its own for any other. */
export type EventSockets = Namespace<ClientToServerEventsReceived, ServerToClientEvents, InterServerEvents, SocketData>;
