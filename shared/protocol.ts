/*
 * The version of what client and server say to each other (commands, their acks, the sync
 * request and reply). Zod-free: the first page reads it.
 *
 * Each side states the version it speaks and the oldest version of the other side it still
 * works with. A change the other side can ignore (a new optional field, a new command an older
 * client never sends) keeps the oldest versions; one it cannot (a renamed field, a removed
 * command) raises them, and the side that is too old is told to update: the app on a phone
 * reloads to get the server's version, whichever of the two is newer.
 */

import type { Command, CommandPayload, CommandType } from './commands.js';

/** The version this code speaks. */
export const protocolVersion = 1;

/** The oldest client a server of this version serves; older ones are refused with `update_required`. */
export const oldestClientProtocol = 1;

/** The oldest server a client of this version talks to; older ones get no commands from it. */
export const oldestServerProtocol = 1;

/**
 * The query parameter every Socket.IO request of the app carries: a random key per app start.
 * A front with several processes (`deploy/nginx-cluster.conf`) hashes it, so all requests of one
 * long-polling session reach the process that holds it, while phones that share an address (a
 * venue's Wi-Fi behind one NAT, seen from a data centre) still spread over every process.
 */
export const routeKeyParam = 'route';

/** A peer that says nothing is from before versions were sent: it speaks version 1. */
export const unstatedProtocol = 1;

/** Whether a peer that speaks `peer` (undefined: unstated) is older than `oldest` allows. */
export function isTooOld(peer: number | undefined, oldest: number): boolean {
  return (peer ?? unstatedProtocol) < oldest;
}

/**
 * A command put together from its type and payload, typed by the same K, so it is that type's
 * member of the union. TypeScript cannot follow that link from a generic to the union
 * (microsoft/TypeScript#30581), so this one widening, sound by construction, stands in for it.
 */
export function commandOf<K extends CommandType>(id: string, type: K, payload: CommandPayload<K>): Command {
  const command: Command<K> = { id, type, payload };
  return command as Command;
}
