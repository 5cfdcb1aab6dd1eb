import { createHash } from 'node:crypto';
import { uuidOfBytes } from '../../shared/bytes.js';
import type { PublicState } from '../../shared/publicState.js';

const entityIdPattern = /^[a-zA-Z0-9_-]{1,64}$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** German letters spelled out, so "Großer Saal" becomes "grosser-saal", not "gro-er-saal". */
const spelledOut: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };

function asciiFold(text: string): string {
  return text
    .replace(/[äöüÄÖÜß]/g, (ch) => spelledOut[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** SHA-256 as hex: how a secret is kept (access codes, tokens, mailbox ids) so that whoever reads the store cannot use it. */
export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

export const shortHash = (text: string) => sha256Hex(text).slice(0, 10);

/**
 * Our id for a source's id: the same id when it already fits `entityId` (UUIDs, numbers,
 * slugs), otherwise a readable slug plus a hash of the original, so two different source ids
 * never meet and the same source id always maps to the same id.
 */
export function entityIdFromSource(sourceId: string): string {
  const trimmed = sourceId.trim();
  if (entityIdPattern.test(trimmed)) return trimmed;
  const slug = asciiFold(trimmed).replace(/[^a-zA-Z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48);
  return `${slug || 'id'}-${shortHash(trimmed)}`;
}

/** A room's id from its name, for rooms a source names but does not give an id. */
export function roomIdFromName(name: string): string {
  const slug = asciiFold(name.trim()).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48);
  return slug || `room-${shortHash(name)}`;
}

/** A name-based UUID (RFC 4122 version 5, SHA-1), so an exported guid is the same at every export. */
function uuidV5(name: string): string {
  const namespace = Buffer.from('5c1d2e8a4b7f4e0f9a3b6c2d1e0f4a5b', 'hex'); // Ortstermin's own namespace
  return uuidOfBytes(createHash('sha1').update(namespace).update(name, 'utf8').digest(), 5);
}

/** The guid our exports give a session or room: its id when that is a UUID, else a stable v5 UUID. */
export function exportGuid(eventId: string, kind: 'session' | 'room', id: string): string {
  return uuidPattern.test(id) ? id.toLowerCase() : uuidV5(`${eventId}/${kind}/${id}`);
}

export interface IdMapper {
  sessionId(sourceId: string): string;
  /** The existing room a source's guid was exported from, if any. */
  roomByGuid(guid: string): string | undefined;
}

/**
 * Maps source ids to ours. A guid that one of our own exports gave a session maps back to that
 * session, so exporting, editing elsewhere and re-importing keeps every id (and bookmark).
 */
export function idMapper(state: PublicState): IdMapper {
  const eventId = state.event?.id ?? '';
  const exported = (kind: 'session' | 'room', ids: string[]) =>
    new Map(ids.map((id) => [exportGuid(eventId, kind, id), id]));
  const sessions = exported('session', Object.keys(state.sessions));
  const rooms = exported('room', Object.keys(state.rooms));
  return {
    sessionId: (sourceId) => sessions.get(sourceId.trim().toLowerCase()) ?? entityIdFromSource(sourceId),
    roomByGuid: (guid) => rooms.get(guid.trim().toLowerCase()),
  };
}
