import type { CommandType } from './commands.js';

export const roles = ['attendee', 'host', 'moderator', 'organizer'] as const;
export type Role = (typeof roles)[number];

/** Who is acting: the role from their token, the stand a host's code is for, the device. */
export interface Actor {
  role: Role;
  standId?: string;
  tokenId?: string;
  /** The access code the token came from: revoking it ends this actor's sockets. */
  codeId?: string;
  /** Random id the device made for itself; no account, no name. */
  deviceId?: string;
  /** The network address, for rate limits shared by a venue's NAT. */
  address?: string;
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
  'programme:import': ['organizer'],
  'stands:import': ['organizer'],
  'question:delete': staff,
  'moderation:pause-questions': staff,
  'event:configure': ['organizer'],
  'room:create': ['organizer'],
  'room:rename': ['organizer'],
  'room:reorder': ['organizer'],
  'room:remove': ['organizer'],
  'event:remove-demo': ['organizer'],
  'poll:create': staff,
  'poll:update': staff,
  'poll:open': staff,
  'poll:close': staff,
  'poll:reveal': staff,
  'poll:delete': staff,
  'poll:vote': everyone,
  'poll:hide-word': staff,
  'feedback:open': staff,
  'feedback:give': everyone,
  'announcement:correct': staff,
  'announcement:withdraw': staff,
  'legal:set-page': ['organizer'],
  'barrier:report': everyone,
  'personal-data:erase': ['organizer'],
  // The device proves itself by its signed id; the handler erases only what it sent.
  'own-data:erase': everyone,
  'event:set-sign-video': ['organizer'],
  'plan:set-image': ['organizer'],
  'plan:place-stand': ['organizer'],
  'plan:set-room-area': ['organizer'],
  'stand:create': ['organizer'],
  'stand:update': ['organizer'],
  'stand:remove': ['organizer'],
  // The organizer edits any stand's profile; a host only their own (checked by the handler); moderators do not write profiles.
  'stand:edit-profile': ['host', 'organizer'],
  'question:mark-faq': hostsAndStaff,
  // The organizer for any project, a host for their own stand's (checked by the handler).
  'library:withdraw': ['host', 'organizer'],
  // Anyone may list themselves; the handler keeps each listing to the device that made it.
  'directory:join': everyone,
  'directory:leave': everyone,
};

/** The HTTP routes beyond commands, and who may call them. */
export const routeRoles = {
  listCodes: ['organizer'],
  createCode: ['organizer'],
  revokeCode: ['organizer'],
  liveFigures: ['moderator', 'organizer'],
  importProgramme: ['organizer'],
  /** Uploading a file (the DGS video, a floor plan) to the installation's store. */
  uploadMedia: ['organizer'],
  exportPollResults: ['organizer'],
  /** Closing an event early, creating the next one. */
  manageSeries: ['organizer'],
} as const satisfies Record<string, readonly Role[]>;

export type ProtectedRoute = keyof typeof routeRoles;

export function mayCall(actor: Actor, route: ProtectedRoute): boolean {
  const allowed: readonly Role[] = routeRoles[route];
  return allowed.includes(actor.role);
}

export function mayRun(actor: Actor, type: CommandType): boolean {
  return commandRoles[type].includes(actor.role);
}

export function isStaff(actor: Actor): boolean {
  return staff.includes(actor.role);
}

/** Commands counted once per device: refused (invalid_command) without a device id. */
export const deviceBoundCommands: readonly CommandType[] = ['question:vote', 'poll:vote', 'feedback:give', 'directory:join', 'directory:leave'];
