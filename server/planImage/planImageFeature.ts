import { planSetImagePayload } from '../../shared/mediaSchemas.js';
import type { EventContext, SomeEventFeature } from '../kernel/feature.js';
import { storedFileProblem } from '../kernel/storedFile.js';
import { planImageHandlers } from './planImageHandlers.js';
import { planImageRoutes, planImageUploadPath } from './planImageRoutes.js';

/**
 * The venue's floor plan as an image under the map: uploaded by the organizer into the
 * installation's blob store (metadata removed), then named by its hash in `plan:set-image`.
 */
export function planImageFeature(event: EventContext) {
  const { blobs, limits } = event.uploads;
  return {
    handlers: planImageHandlers,
    async checkCommand(type, payload) {
      const parsed = type === 'plan:set-image' ? planSetImagePayload.safeParse(payload) : null;
      return parsed?.success && parsed.data.image ? storedFileProblem(blobs, parsed.data.image, 'payload.image') : null;
    },
    routes: [
      {
        path: '/api',
        routes: planImageRoutes({ blobs, maxBytes: limits.planImageBytes }),
        largeBodies: { under: planImageUploadPath, maxBytes: limits.planImageBytes, streamed: true },
      },
    ],
  } satisfies SomeEventFeature;
}
