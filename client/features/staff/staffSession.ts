import { reconnectWithToken } from '../../sync/connection';
import { clearStaffToken, saveStaffToken, staffToken, updateStaffRole } from '../../sync/staffToken';
import { fetchMe, type Redeemed } from './accessApi';

export function signIn(redeemed: Redeemed): void {
  saveStaffToken(redeemed.token, redeemed.role, redeemed.standId);
  reconnectWithToken();
}

export function signOut(): void {
  clearStaffToken();
  reconnectWithToken();
}

/** At start: refresh the stored role, and drop a token the server no longer accepts. */
export async function checkStoredToken(): Promise<void> {
  const token = staffToken();
  if (!token) return;
  const outcome = await fetchMe(token);
  // The socket may have dropped the token meanwhile; only act on the one that was checked.
  if (staffToken() !== token) return;
  if (outcome.ok) updateStaffRole(outcome.value.role, outcome.value.standId);
  else if (outcome.code === 'unauthenticated') signOut();
}
