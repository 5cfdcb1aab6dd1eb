import { commandError, type CommandResult } from '../../shared/errors.js';
import type { BlobStore } from './blobs.js';

/**
 * A command that names an uploaded file must name one that is stored, as it was stored (type and
 * size): else phones would link or draw nothing. Null when it is; `path` names the field.
 */
export async function storedFileProblem(blobs: BlobStore, named: { hash: string; type: string; size: number }, path: string): Promise<CommandResult | null> {
  const stored = await blobs.info(named.hash);
  if (!stored) return commandError('not_found', { issues: [{ path: `${path}.hash`, message: 'no file with this hash was uploaded' }] });
  if (stored.type !== named.type || stored.size !== named.size) {
    return commandError('invalid_command', { issues: [{ path, message: `the stored file is ${stored.type}, ${stored.size} bytes` }] });
  }
  return null;
}
