import { Show } from 'solid-js';
import { blobPath, type PlanImage } from '../../../shared/media';
import type { FloorPlan } from '../../../shared/standsImport';
import { apiPath } from '../../sync/eventAddress';

/** Where a plan image lives: Ortstermin's own address for its hash (cached by the service worker once seen). */
export const planImageUrl = (image: PlanImage) => apiPath(blobPath(image.hash));

/**
 * The venue's plan image under the rooms and stands, over the plan's viewBox. On a turned plan
 * (planTurn.ts) the same quarter turn as the shapes': (x, y) → (top + height − y, x − left).
 */
export function PlanImageLayer(props: { image: PlanImage | null; plan: FloorPlan; turned: boolean }) {
  const box = () => props.plan.viewBox;
  const turn = () => (props.turned ? `matrix(0 1 -1 0 ${box().y + box().height} ${-box().x})` : undefined);
  return (
    <Show when={props.image}>
      {(image) => (
        <image
          class="plan-image"
          href={planImageUrl(image())}
          x={box().x}
          y={box().y}
          width={box().width}
          height={box().height}
          preserveAspectRatio="xMidYMid meet"
          transform={turn()}
          aria-hidden="true"
        />
      )}
    </Show>
  );
}
