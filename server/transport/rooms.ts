import type { Audience } from '../../shared/changes.js';
import { isStaff, type Actor } from '../../shared/roles.js';

/** Socket.IO room names are the audiences themselves. */
export const roomOf = (audience: Audience): string => audience;

export function roomsFor(actor: Actor): string[] {
  const rooms: Audience[] = ['public'];
  if (isStaff(actor)) rooms.push('staff');
  if (actor.role === 'host' && actor.standId) rooms.push(`stand:${actor.standId}`);
  return rooms.map(roomOf);
}
