import { createSignal } from 'solid-js';
import { isStaff, roles, type Role } from '../../shared/roles';
import { readItem, removeItem, writeItem } from './storage';

const tokenKey = 'ortstermin.staffToken';
const roleKey = 'ortstermin.staffRole';
const standKey = 'ortstermin.staffStand';

function storedRole(): Role {
  const stored = readItem(roleKey);
  const role = roles.find((r) => r === stored);
  return role && readItem(tokenKey) ? role : 'attendee';
}

const [role, setRole] = createSignal<Role>(storedRole());
const [stand, setStand] = createSignal<string | null>(readItem(tokenKey) ? readItem(standKey) : null);

/** The role this device signed in with; 'attendee' without a token. Reactive. */
export const staffRole = role;

/** Moderators and organizers: the roles that may change the agenda and post announcements. */
export const isModerator = (): boolean => isStaff({ role: role() });

/** The stand a host's code is for; null for every other role. Reactive. */
export const staffStandId = stand;

/** Hosts of different stands see different questions, so the stand is part of the audience. */
export const audienceKey = (): string => [role(), stand()].filter(Boolean).join(':');

export function staffToken(): string | null {
  return readItem(tokenKey);
}

export function saveStaffToken(token: string, newRole: Role, standId: string | null = null): void {
  writeItem(tokenKey, token);
  updateStaffRole(newRole, standId);
}

export function updateStaffRole(newRole: Role, standId: string | null = null): void {
  writeItem(roleKey, newRole);
  if (standId) writeItem(standKey, standId);
  else removeItem(standKey);
  setRole(newRole);
  setStand(standId);
}

export function clearStaffToken(): void {
  removeItem(tokenKey);
  removeItem(roleKey);
  removeItem(standKey);
  setRole('attendee');
  setStand(null);
}
