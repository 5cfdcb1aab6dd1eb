import type { CommandResult } from '../../shared/errors.js';
import type { CommandType } from '../../shared/commands.js';
import type { EventContext } from '../kernel/feature.js';
import type { AccessCodeRecord } from '../kernel/store.js';

/** This event's staff codes, as the stands feature needs them: handed in by the event's site. */
export interface StandCodes {
  list(): Promise<AccessCodeRecord[]>;
  /** Revokes the code and ends its open sockets. */
  revoke(codeId: string): Promise<void>;
}

/**
 * A removed stand's host codes are revoked with the removal, before the organizer's answer; a
 * start finishes a revocation a crash cut short. Only stands the organizer removed (listed in
 * `formerStands`) count: a stand a stands file left out keeps its codes for the next file.
 */
export function standCodeRevocation(event: EventContext, codes: StandCodes) {
  async function revokeRemoved(): Promise<number> {
    const { formerStands, stands } = event.live.state();
    const removed = (standId: string | null) => standId !== null && Object.hasOwn(formerStands, standId) && !Object.hasOwn(stands, standId);
    const orphaned = (await codes.list()).filter((code) => code.role === 'host' && !code.revokedAt && removed(code.standId));
    for (const code of orphaned) await codes.revoke(code.id);
    return orphaned.length;
  }
  return {
    async holdCommand(type: CommandType, run: () => Promise<CommandResult>): Promise<CommandResult> {
      const result = await run();
      if (type === 'stand:remove' && result.ok) await revokeRemoved();
      return result;
    },
    async start(): Promise<void> {
      const revoked = await revokeRemoved();
      if (revoked > 0) event.logger.warn({ revoked }, 'host codes of removed stands were still valid: revoked now');
    },
  };
}
