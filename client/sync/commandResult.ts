import type { CommandResult, ErrorCode } from '../../shared/errors';

/**
 * Failures the client itself detects: the command never reached the server, got no answer, or
 * an answer that does not parse (`unreadable`: no answer either, so it is sent again).
 */
export const localErrorCodes = ['timeout', 'offline', 'unreadable'] as const;
export type LocalErrorCode = (typeof localErrorCodes)[number];
export type ClientErrorCode = ErrorCode | LocalErrorCode;

export interface LocalFailure {
  ok: false;
  error: { code: LocalErrorCode; message: string };
}

/** What `sendCommand` resolves to: the server's answer, or a local failure; never a rejection. */
export type SendResult = CommandResult | LocalFailure;

export function localFailure(code: LocalErrorCode): LocalFailure {
  return { ok: false, error: { code, message: code } };
}
