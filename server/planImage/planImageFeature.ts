import { z } from 'zod';
import type { CommandType } from '../../shared/commands.js';
import { planSetImagePayload } from '../../shared/mediaSchemas.js';
import { filePlanImageSchema } from '../../shared/standsImport.js';
import type { EventContext, SomeEventFeature } from '../kernel/feature.js';
import { storedFileProblem } from '../kernel/storedFile.js';
import { planImageHandlers } from './planImageHandlers.js';
import { planImageRoutes, planImageUploadPath } from './planImageRoutes.js';

/** Only the image of a stands file: the rest of a large file is not read twice here. */
const standsFileImage = z.object({ planImage: filePlanImageSchema.optional() });

/** The stored image a command names (`plan:set-image`, or a stands file's `planImage`), with its path. */
function namedImage(type: CommandType, payload: unknown) {
  if (type === 'plan:set-image') {
    const parsed = planSetImagePayload.safeParse(payload);
    return parsed.success && parsed.data.image ? { image: parsed.data.image, path: 'payload.image' } : null;
  }
  if (type !== 'stands:import') return null;
  const parsed = standsFileImage.safeParse(payload);
  return parsed.success && parsed.data.planImage ? { image: parsed.data.planImage, path: 'payload.planImage' } : null;
}

/**
 * The venue's floor plan as an image under the map: uploaded by the organizer into the
 * installation's blob store (metadata removed), then named by its hash in `plan:set-image`.
 */
export function planImageFeature(event: EventContext) {
  const { blobs, limits } = event.uploads;
  return {
    handlers: planImageHandlers,
    async checkCommand(type, payload) {
      const named = namedImage(type, payload);
      return named ? storedFileProblem(blobs, named.image, named.path) : null;
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
