import { demoEventId, demoModeratorLabel, neutralEvent } from '../../shared/demo.js';
import type { CommandResult } from '../../shared/errors.js';
import type { CommandType } from '../../shared/commands.js';
import type { PublicState } from '../../shared/publicState.js';
import type { Clock } from '../kernel/clock.js';
import type { EventContext } from '../kernel/feature.js';
import { accept, reject, type CommandHandlers, type HandlerOutcome } from '../kernel/handler.js';
import type { AccessRecords, ChangeLog } from '../kernel/store.js';

/**
 * "Remove the demo": one change empties the event (the reducer keeps only the neutral event), so
 * every phone and every replay sees it in one step. Only while the event is the demo: a real
 * event is never emptied by it, and a second removal is refused.
 */
export function removeDemo(state: PublicState, confirmedId: string): HandlerOutcome {
  if (state.event?.id !== demoEventId) return reject('conflict', [{ path: 'eventId', message: 'the event is not the demo (any more)' }]);
  if (confirmedId !== state.event.id) return reject('conflict', [{ path: 'eventId', message: 'the removal was confirmed for another event' }]);
  return accept({ type: 'event:demo-removed', audience: 'public', data: { event: neutralEvent(state.event) } });
}

export const demoRemovalHandlers: CommandHandlers<'event:remove-demo'> = {
  'event:remove-demo': ({ eventId }, { state }) => removeDemo(state, eventId),
};

/**
 * The moderator code made with the demo: the first start makes it without an event id (it belongs
 * to the first event); codes made on the organizer page always carry their event's id.
 */
async function revokeDemoCodes(access: AccessRecords, clock: Clock): Promise<number> {
  const at = new Date(clock.now()).toISOString();
  const demoCodes = (await access.listAccessCodes()).filter(
    (code) => code.role === 'moderator' && code.eventId === null && code.label === demoModeratorLabel && !code.revokedAt,
  );
  for (const code of demoCodes) await access.revokeAccessCode(code.id, at);
  return demoCodes.length;
}

/** Whether this event's log began with the demo: only then are there demo codes of its own to revoke. */
async function beganAsDemo(log: ChangeLog): Promise<boolean> {
  const [first] = await log.changesAfter(0, 1);
  return first?.type === 'programme:loaded' && first.data.event.id === demoEventId;
}

/** Revokes the demo's codes with the removal, before the organizer's answer; a start finishes one a crash cut short. */
export function demoCodeRevocation(event: EventContext) {
  const revoke = () => revokeDemoCodes(event.store.access, event.clock);
  return {
    async holdCommand(type: CommandType, run: () => Promise<CommandResult>): Promise<CommandResult> {
      const result = await run();
      if (type === 'event:remove-demo' && result.ok) await revoke();
      return result;
    },
    async start(): Promise<void> {
      if (event.live.state().event?.id === demoEventId || !(await beganAsDemo(event.log))) return;
      const revoked = await revoke();
      if (revoked > 0) event.logger.warn({ revoked }, "the demo was removed but its moderator code was still valid: revoked now");
    },
  };
}
