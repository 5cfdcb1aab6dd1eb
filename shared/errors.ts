import type { z } from 'zod';

/** The only error codes a client ever sees; the UI translates them, never a server message. */
export const errorCodes = [
  'invalid_command',
  'unknown_command',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'too_large',
  'internal',
  'id_conflict',
  'questions_paused',
  'invalid_device',
  /** This app's protocol is older than the server serves: reload to get the server's version. */
  'update_required',
  'unavailable',
  /** The event is past (closed, or a day after its last day): it keeps what it has and takes nothing new. */
  'event_closed',
  /** An upload whose bytes are not one of the types the route takes (a "video" that is not one). */
  'wrong_file_type',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface FieldIssue {
  path: string;
  message: string;
}

export interface CommandError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
  retryAfterMs?: number;
}

export type CommandResult = { ok: true; seq: number } | { ok: false; error: CommandError };

const defaultMessages: Record<ErrorCode, string> = {
  invalid_command: 'The command is not valid.',
  unknown_command: 'There is no such command.',
  unauthenticated: 'Sign in with a valid access code.',
  forbidden: 'Your role may not do this.',
  not_found: 'No such item.',
  conflict: 'This contradicts the current state.',
  rate_limited: 'Too many requests, try again shortly.',
  too_large: 'The request is too large.',
  internal: 'Something went wrong on the server.',
  id_conflict: 'This command id was already used for another command.',
  questions_paused: 'Questions are paused here for the moment.',
  invalid_device: 'This device id was not issued by this server; ask for a new one.',
  update_required: 'This app is older than the server; reload it to update.',
  unavailable: 'The server cannot store anything at the moment; the command was not saved, send it again shortly.',
  event_closed: 'This event is over; it keeps what it has and takes nothing new.',
  wrong_file_type: 'The file is not of a type accepted here.',
};

export function commandError(
  code: ErrorCode,
  extra: Partial<Omit<CommandError, 'code'>> = {},
): { ok: false; error: CommandError } {
  return { ok: false, error: { code, message: defaultMessages[code], ...extra } };
}

export function issuesOf(error: { issues: readonly z.core.$ZodIssue[] }, prefix = ''): FieldIssue[] {
  return error.issues.slice(0, 20).map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}

/** HTTP status per code, so the HTTP transport and its tests agree on one mapping. */
export const httpStatusOf: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 415 | 426 | 429 | 500 | 503> = {
  invalid_command: 400,
  unknown_command: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  too_large: 413,
  internal: 500,
  id_conflict: 409,
  questions_paused: 409,
  invalid_device: 401,
  update_required: 426,
  unavailable: 503,
  event_closed: 409,
  wrong_file_type: 415,
};
