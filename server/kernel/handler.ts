import type { ChangeDraft } from '../../shared/changes.js';
import type { CommandPayload, CommandType } from '../../shared/commands.js';
import { commandError, type CommandError, type FieldIssue } from '../../shared/errors.js';
import type { PublicState } from '../../shared/publicState.js';
import type { Actor } from '../../shared/roles.js';

export interface CommandContext {
  state: PublicState;
  actor: Actor;
  commandId: string;
  /** The server's time, ISO. */
  now: string;
}

/** A handler decides; it never writes. The dispatcher commits what it returns. */
export type HandlerOutcome = { changes: ChangeDraft[] } | { error: CommandError };

export type CommandHandler<K extends CommandType> = (
  payload: CommandPayload<K>,
  context: CommandContext,
) => HandlerOutcome;

export type CommandHandlers<K extends CommandType = CommandType> = { [P in K]: CommandHandler<P> };

export function reject(code: CommandError['code'], issues?: FieldIssue[]): HandlerOutcome {
  return { error: commandError(code, issues ? { issues } : {}).error };
}

export function accept(...changes: ChangeDraft[]): HandlerOutcome {
  return { changes };
}
