import { commandError, type CommandResult } from '../../shared/errors.js';
import { signVideoSetPayload } from '../../shared/mediaSchemas.js';
import type { BlobStore } from '../kernel/blobs.js';
import type { EventContext, SomeEventFeature } from '../kernel/feature.js';
import { signVideoHandlers } from './signVideoHandlers.js';
import { signVideoRoutes, signVideoUploadPath } from './signVideoRoutes.js';

/** A command naming a file must name one that is stored, as uploaded: else the start page would link nothing. */
async function storedAsNamed(blobs: BlobStore, payload: unknown): Promise<CommandResult | null> {
  const parsed = signVideoSetPayload.safeParse(payload);
  if (!parsed.success || parsed.data.video === null) return null;
  const { hash, type, size } = parsed.data.video;
  const stored = await blobs.info(hash);
  if (!stored) return commandError('not_found', { issues: [{ path: 'payload.video.hash', message: 'no file with this hash was uploaded' }] });
  if (stored.type !== type || stored.size !== size) {
    return commandError('invalid_command', { issues: [{ path: 'payload.video', message: `the stored file is ${stored.type}, ${stored.size} bytes` }] });
  }
  return null;
}

/**
 * The sign-language (DGS) video the start page links: uploaded by the organizer over HTTP into
 * the installation's blob store, then named by its hash in `event:set-sign-video`.
 */
export function signVideoFeature(event: EventContext) {
  const { blobs, limits } = event.uploads;
  return {
    handlers: signVideoHandlers,
    checkCommand: (type, payload) => (type === 'event:set-sign-video' ? storedAsNamed(blobs, payload) : Promise.resolve(null)),
    routes: [
      {
        path: '/api',
        routes: signVideoRoutes({ blobs, maxBytes: () => limits.signVideoBytes }),
        // Read as it arrives by the route, which counts the bytes itself: never buffered whole.
        largeBodies: { under: signVideoUploadPath, maxBytes: limits.signVideoBytes, streamed: true },
      },
    ],
  } satisfies SomeEventFeature;
}
