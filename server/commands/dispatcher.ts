import type { Change } from '../../shared/changes.js';
import {
  commandEnvelopeSchema,
  isCommandType,
  payloadSchemas,
  type CommandType,
} from '../../shared/commands.js';
import { commandError, issuesOf, type CommandResult } from '../../shared/errors.js';
import { mayRun, type Actor } from '../../shared/roles.js';
import type { Clock } from '../clock.js';
import type { LiveState } from '../state/liveState.js';
import type { Store } from '../store/store.js';
import { agendaHandlers } from '../agenda/agendaHandlers.js';
import { announcementHandlers } from '../announcements/announcementHandlers.js';
import type { CommandContext, CommandHandlers, HandlerOutcome } from './handler.js';

const handlers: CommandHandlers = { ...agendaHandlers, ...announcementHandlers };

export interface DispatcherDeps {
  store: Store;
  live: LiveState;
  clock: Clock;
  /** Sends committed changes to their audiences; set by the transport. */
  publish: (changes: readonly Change[]) => void;
}

export type Dispatch = (actor: Actor, raw: unknown) => CommandResult;

function runHandler<K extends CommandType>(type: K, rawPayload: unknown, context: CommandContext): HandlerOutcome {
  const parsed = payloadSchemas[type].safeParse(rawPayload);
  if (!parsed.success) {
    return { error: commandError('invalid_command', { issues: issuesOf(parsed.error, 'payload') }).error };
  }
  const handler: CommandHandlers[K] = handlers[type];
  return handler(parsed.data, context);
}

/**
 * The one way anything changes: validate → authorize by the role table → decide → commit in one
 * transaction → publish. Socket.IO and HTTP both call it. Synchronous on purpose: nothing can
 * interleave between reading the state and committing the decision.
 */
export function createDispatcher(deps: DispatcherDeps): Dispatch {
  return function dispatch(actor, raw) {
    const envelope = commandEnvelopeSchema.safeParse(raw);
    if (!envelope.success) return commandError('invalid_command', { issues: issuesOf(envelope.error) });
    const { id, type, payload } = envelope.data;
    if (!isCommandType(type)) return commandError('unknown_command', { issues: [{ path: 'type', message: `unknown: ${type.slice(0, 64)}` }] });
    if (!mayRun(actor, type)) return commandError(actor.role === 'attendee' ? 'unauthenticated' : 'forbidden');

    const seen = deps.store.processedCommandSeq(id);
    if (seen !== undefined) return { ok: true, seq: seen };

    const now = new Date(deps.clock.now()).toISOString();
    const outcome = runHandler(type, payload, { state: deps.live.state(), actor, commandId: id, now });
    if ('error' in outcome) return { ok: false, error: outcome.error };

    const committed = deps.store.commit({ drafts: outcome.changes, at: now, commandId: id });
    deps.live.apply(committed);
    if (committed.length > 0) deps.publish(committed);
    return { ok: true, seq: deps.store.lastSeq() };
  };
}
