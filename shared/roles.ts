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
const everyone: readonly Role[] = roles;
/** Hosts act only on their own stand; the handlers check that scope. */
const hostsAndStaff: readonly Role[] = ['host', ...staff];

/** The one role table: which roles may send each command. The server checks it for every command. */
export const commandRoles: Record<CommandType, readonly Role[]> = {
  'session:move': staff,
  'session:cancel': staff,
  'session:reinstate': staff,
  'session:rename': staff,
  'session:add': staff,
  'announcement:post': staff,
  'question:ask': everyone,
  'question:vote': everyone,
  'question:approve': staff,
  'question:hide': staff,
  'question:pin': staff,
  'question:merge': staff,
  'question:answer': hostsAndStaff,
  'question:mark-answered': hostsAndStaff,
  'question:stage': staff,
  'stand:set-status': hostsAndStaff,
  'moderation:set-mode': staff,
};

export function mayRun(actor: Actor, type: CommandType): boolean {
  return commandRoles[type].includes(actor.role);
}

export function isStaff(actor: Actor): boolean {
  return staff.includes(actor.role);
}
