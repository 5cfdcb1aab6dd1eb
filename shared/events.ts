import type { Change } from './changes.js';
import type { Command } from './commands.js';
import type { CommandResult } from './errors.js';
import type { Actor } from './roles.js';
import type { Snapshot } from './publicState.js';
import type { OwnQuestionsReply, OwnQuestionsRequest } from './ownQuestions.js';

/** The socket's event names, used by both sides instead of string literals. */
export const socketEvents = {
  change: 'change',
  command: 'command',
  sync: 'sync',
  receipt: 'receipt',
  receipts: 'receipts',
  accessRevoked: 'access-revoked',
  serverRestarting: 'server-restarting',
  ownQuestions: 'own-questions',
  ownQuestionHidden: 'own-question-hidden',
} as const;

/**
 * What a (re)connecting device asks for. The shape lives here with the other wire types; the
 * server checks it with `syncRequestSchema` (shared/syncReply.ts), which must produce this type.
 */
export interface SyncRequest {
  /** The highest seq this device has applied, or null when it has no state yet. */
  lastSeq: number | null;
  schemaVersion: number;
  /** The device can unpack a gzip'd body (`DecompressionStream`); older apps do not say so and get JSON. */
  gzip?: boolean;
}

/** What a device missed: the changes when they are in the server's window, else a snapshot. */
export type SyncBody = { kind: 'changes'; changes: Change[]; seq: number } | { kind: 'snapshot'; snapshot: Snapshot };

/** Why a sync got no body: a request that does not parse, or too many from one socket. */
export type SyncErrorCode = 'invalid_command' | 'rate_limited';

/** `protocol`: the version the server speaks (`shared/protocol.ts`); unstated by servers from before versions. */
export type SyncReply = (SyncBody & { serverTime: number; protocol?: number }) | { kind: 'error'; code: SyncErrorCode };

/**
 * The sync reply on the wire. The body travels as UTF-8 JSON bytes (a binary attachment):
 * encoded once per seq and audience and shared by every device that asks the same, so a
 * reconnect storm does not serialise the same 50 KB for each of thousands of sockets.
 */
export type SyncAck =
  | { kind: 'encoded'; body: Uint8Array | ArrayBuffer; encoding?: 'gzip'; serverTime: number; protocol: number }
  | { kind: 'error'; code: SyncErrorCode };

export interface ServerToClientEvents {
  [socketEvents.change]: (change: Change) => void;
  /** Staff only: how many devices have received each announcement. */
  [socketEvents.receipts]: (counts: Record<string, number>) => void;
  /** The code this device signed in with was revoked; the socket closes right after. */
  [socketEvents.accessRevoked]: () => void;
  /** The server is stopping (an update, a restart): reconnect with backoff, nothing is lost. */
  [socketEvents.serverRestarting]: () => void;
  /** To the asker's device only: its pending question was hidden (the id, nothing else). */
  [socketEvents.ownQuestionHidden]: (questionId: string) => void;
}

/** The device shows this announcement: counted, not logged. */
export interface Receipt {
  announcementId: string;
}

/**
 * What a client may send, typed for the sender: a command that does not fit its type's schema
 * does not compile. The acks are typed as the server sends them; the client parses them anyway.
 */
export interface ClientToServerEvents {
  [socketEvents.command]: (command: Command, ack: (result: CommandResult) => void) => void;
  [socketEvents.sync]: (request: SyncRequest, ack: (reply: SyncAck) => void) => void;
  [socketEvents.receipt]: (receipt: Receipt) => void;
  /** Which of this device's questions were hidden; pending ones are then watched (see ownQuestions.ts). */
  [socketEvents.ownQuestions]: (request: OwnQuestionsRequest, ack: (reply: OwnQuestionsReply) => void) => void;
}

/** An event's handler with its first argument not yet checked. */
type Unchecked<Handler> = Handler extends (first: never, ...rest: infer Rest) => void ? (first: unknown, ...rest: Rest) => void : never;

/**
 * The same events as the server's listeners receive them: whatever a client sent, which the
 * server parses with the shared schemas before it trusts any of it.
 */
export type ClientToServerEventsReceived = { [E in keyof ClientToServerEvents]: Unchecked<ClientToServerEvents[E]> };

// socket.io's InterServerEvents: none, one process for now.
export type InterServerEvents = Record<never, never>;

export interface SocketData {
  actor: Actor;
  /** The event of the series this socket is about. */
  eventId: string;
}

/** What a client sends in the handshake's `auth`. */
export interface HandshakeAuth {
  token?: string;
  deviceId?: string;
  /** The protocol version the client speaks (`shared/protocol.ts`); unstated means 1. */
  protocol?: number;
  /** The slug of the series' event the app shows; unstated: the event the root address opens. */
  event?: string;
}
