import { createEffect } from 'solid-js';
import { state } from '../../sync/connection';
import { planImageUrl } from './PlanImageLayer';

/**
 * Loads the plan image as an image as soon as the phone knows of it, so the service worker keeps
 * it (vite.config.ts, runtime cache) and the map shows it offline, even if the map was never opened.
 */
export function KeepPlanImage() {
  createEffect(() => {
    const image = state().planImage;
    if (image) new Image().src = planImageUrl(image);
  });
  return null;
}
