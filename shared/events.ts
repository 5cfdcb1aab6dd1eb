import type { Change } from './changes.js';
import type { CommandResult } from './errors.js';
import type { Actor } from './roles.js';
import type { Snapshot } from './model.js';
import type { OwnQuestionsReply } from './ownQuestions.js';

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

export interface SyncRequest {
  /** The highest seq this device has applied, or null when it has no state yet. */
  lastSeq: number | null;
  schemaVersion: number;
}

/** What a device missed: the changes when they are in the server's window, else a snapshot. */
export type SyncBody = { kind: 'changes'; changes: Change[]; seq: number } | { kind: 'snapshot'; snapshot: Snapshot };

/** Why a sync got no body: a request that does not parse, or too many from one socket. */
export type SyncErrorCode = 'invalid_command' | 'rate_limited';

export type SyncReply = (SyncBody & { serverTime: number }) | { kind: 'error'; code: SyncErrorCode };

/**
 * The sync reply on the wire. The body travels as UTF-8 JSON bytes (a binary attachment):
 * encoded once per seq and audience and shared by every device that asks the same, so a
 * reconnect storm does not serialise the same 50 KB for each of thousands of sockets.
 */
export type SyncAck =
  | { kind: 'encoded'; body: Uint8Array | ArrayBuffer; serverTime: number }
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

export interface ClientToServerEvents {
  /** Payloads are `unknown` on purpose: the server parses them with the shared schema. */
  [socketEvents.command]: (command: unknown, ack: (result: CommandResult) => void) => void;
  [socketEvents.sync]: (request: unknown, ack: (reply: SyncAck) => void) => void;
  /** The device shows this announcement: counted, not logged. */
  [socketEvents.receipt]: (receipt: unknown) => void;
  /** Which of this device's questions were hidden; pending ones are then watched (see ownQuestions.ts). */
  [socketEvents.ownQuestions]: (request: unknown, ack: (reply: OwnQuestionsReply) => void) => void;
}

// socket.io's InterServerEvents: none, one process for now.
export type InterServerEvents = Record<never, never>;

export interface SocketData {
  actor: Actor;
}

/** What a client sends in the handshake's `auth`. */
export interface HandshakeAuth {
  token?: string;
  deviceId?: string;
}
