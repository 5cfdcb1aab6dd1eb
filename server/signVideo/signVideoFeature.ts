import { signVideoSetPayload } from '../../shared/mediaSchemas.js';
import type { EventContext, SomeEventFeature } from '../kernel/feature.js';
import { storedFileProblem } from '../kernel/storedFile.js';
import { signVideoHandlers } from './signVideoHandlers.js';
import { signVideoRoutes, signVideoUploadPath } from './signVideoRoutes.js';

/**
 * The sign-language (DGS) video the start page links: uploaded by the organizer over HTTP into
 * the installation's blob store, then named by its hash in `event:set-sign-video`.
 */
export function signVideoFeature(event: EventContext) {
  const { blobs, limits } = event.uploads;
  return {
    handlers: signVideoHandlers,
    async checkCommand(type, payload) {
      const parsed = type === 'event:set-sign-video' ? signVideoSetPayload.safeParse(payload) : null;
      // A payload that does not parse is refused with its issues when its turn comes.
      return parsed?.success && parsed.data.video ? storedFileProblem(blobs, parsed.data.video, 'payload.video') : null;
    },
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
