import type { Audience } from '../../shared/changes.js';
import { isStaff, type Actor } from '../../shared/roles.js';

/** Socket.IO rooms a change goes to. A stand's changes reach its hosts and all staff. */
export function roomsOf(audience: Audience): string[] {
  if (audience === 'internal') return [];
  if (audience.startsWith('stand:')) return [audience, 'staff'];
  return [audience];
}

/** Rooms a device joins, by role: everyone `public`, staff `staff`, a host their stand's room. */
export function roomsFor(actor: Actor): string[] {
  const rooms = ['public'];
  if (isStaff(actor)) rooms.push('staff');
  if (actor.role === 'host' && actor.standId) rooms.push(`stand:${actor.standId}`);
  return rooms;
}

export function isVisibleIn(audience: Audience, rooms: ReadonlySet<string>): boolean {
  return roomsOf(audience).some((room) => rooms.has(room));
}

/**
 * The audiences whose changes reach these rooms, so a view can be read from the log without the
 * rest; null when the rooms hold staff, who receive every stand's changes.
 */
export function audiencesFor(rooms: readonly string[]): string[] | null {
  return rooms.includes('staff') ? null : rooms.filter((room) => room === 'public' || room.startsWith('stand:'));
}

/** One key per distinct set of rooms: devices with the same rooms share one view of the state. */
export const viewKey = (rooms: readonly string[]) => [...rooms].sort().join('|');
