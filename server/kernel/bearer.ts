import { anonymousAttendee, type Actor } from '../../shared/roles.js';
import type { TokenHolders } from './identity.js';

/** No header: an anonymous attendee. A header with an unknown or revoked token: null, refused. */
export async function actorFromAuthorization(header: string | undefined, access: TokenHolders): Promise<Actor | null> {
  if (!header) return anonymousAttendee;
  const match = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(header);
  return match ? access.actorForToken(match[1]!) : null;
}
