import { parseCommandAck } from '../../shared/failureReply';
import { localFailure, type SendResult } from './commandResult';

/*
 * The acknowledgement of a command, read like every other reply: with the shared schema. Loaded
 * with the socket module (zod is not on the first page).
 */

/** One that does not parse is no answer: the outbox keeps the command and sends it again. */
export function readAck(raw: unknown): SendResult {
  const result = parseCommandAck(raw);
  if (!result) console.warn('command: the server’s acknowledgement does not parse; the command counts as unanswered');
  return result ?? localFailure('unreadable');
}
