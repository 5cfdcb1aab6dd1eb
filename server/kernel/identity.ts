import type { Actor } from '../../shared/roles.js';

/** What the transports need of the access feature: who a staff token belongs to (null: unknown or revoked). */
export interface TokenHolders {
  actorForToken(token: string): Promise<Actor | null>;
}

/** What the transports need of the device ids: whether this server issued an id. */
export interface IssuedDeviceIds {
  isValid(deviceId: string): boolean;
}
