import type { Server, Socket } from 'socket.io';
import type { ClientToServerEventsReceived, InterServerEvents, ServerToClientEvents, SocketData } from '../../shared/events.js';

/** The Socket.IO server of the installation, typed by the one events map in `shared/events.ts`. */
export type OrtsterminIo = Server<ClientToServerEventsReceived, ServerToClientEvents, InterServerEvents, SocketData>;
export type OrtsterminSocket = Socket<ClientToServerEventsReceived, ServerToClientEvents, InterServerEvents, SocketData>;
