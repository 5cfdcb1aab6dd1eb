import { createSignal } from 'solid-js';
import { isStaff, roles, type Role } from '../../shared/roles';
import { readItem, removeItem, writeItem } from './storage';

const tokenKey = 'ortstermin.staffToken';
const roleKey = 'ortstermin.staffRole';

function storedRole(): Role {
  const stored = readItem(roleKey);
  const role = roles.find((r) => r === stored);
  return role && readItem(tokenKey) ? role : 'attendee';
}

const [role, setRole] = createSignal<Role>(storedRole());

/** The role this device signed in with; 'attendee' without a token. Reactive. */
export const staffRole = role;

/** Moderators and organizers: the roles that may change the agenda and post announcements. */
export const isModerator = (): boolean => isStaff({ role: role() });

export function staffToken(): string | null {
  return readItem(tokenKey);
}

export function saveStaffToken(token: string, newRole: Role): void {
  writeItem(tokenKey, token);
  writeItem(roleKey, newRole);
  setRole(newRole);
}

export function updateStaffRole(newRole: Role): void {
  writeItem(roleKey, newRole);
  setRole(newRole);
}

export function clearStaffToken(): void {
  removeItem(tokenKey);
  removeItem(roleKey);
  setRole('attendee');
}
