import { StoreUnavailableError } from '../kernel/store.js';

/** Codes of a disk that refuses writes (full, over quota, failing): the write may work again later, nothing is wrong with the command. */
const refusingCodes = ['SQLITE_FULL', 'ENOSPC', 'EDQUOT', 'EIO'];

export function codeOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return '';
}

/** Whether a failed write says "the disk refuses writes" rather than "this write was wrong". */
export function isRefusedWrite(error: unknown): boolean {
  const code = codeOf(error);
  return refusingCodes.includes(code) || code.startsWith('SQLITE_IOERR');
}

/** Runs a write; a disk that refuses it becomes StoreUnavailableError, so the phone hears "unavailable, send it again". */
export function refusedAsUnavailable<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (!isRefusedWrite(error)) throw error;
    throw new StoreUnavailableError(`the disk refuses writes (${codeOf(error)})`, codeOf(error));
  }
}
