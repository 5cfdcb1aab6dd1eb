import type { CommandType } from './commands.js';

export const roles = ['attendee', 'host', 'moderator', 'organizer'] as const;
export type Role = (typeof roles)[number];

/** Who is acting: the role from their token, the stand a host's code is for, the device. */
export interface Actor {
  role: Role;
  standId?: string;
  tokenId?: string;
  deviceId?: string;
}

export const anonymousAttendee: Actor = { role: 'attendee' };

const staff: readonly Role[] = ['moderator', 'organizer'];

/** The one role table: which roles may send each command. The server checks it for every command. */
export const commandRoles: Record<CommandType, readonly Role[]> = {
  'session:move': staff,
  'session:cancel': staff,
  'session:reinstate': staff,
  'session:rename': staff,
  'session:add': staff,
  'announcement:post': staff,
};

export function mayRun(actor: Actor, type: CommandType): boolean {
  return commandRoles[type].includes(actor.role);
}

export function isStaff(actor: Actor): boolean {
  return staff.includes(actor.role);
}
