import { onCleanup, type Accessor } from 'solid-js';
import { blendBox, sameBox, type Box } from './viewport';

const glideMs = 250;

/**
 * Moves the view to a new box in a short eased glide, so the eye can follow where the plan went;
 * at once when the person asked for reduced motion. Call inside a component.
 */
export function createGlide(view: Accessor<Box>, setView: (box: Box) => void) {
  let frame = 0;
  let destination: Box | null = null;

  const stop = () => {
    cancelAnimationFrame(frame);
    destination = null;
  };

  const to = (target: Box) => {
    stop();
    const from = view();
    if (sameBox(from, target) || matchMedia('(prefers-reduced-motion: reduce)').matches) {
      setView(target);
      return;
    }
    destination = target;
    const started = performance.now();
    const step = (now: number) => {
      const progress = Math.min(1, (now - started) / glideMs);
      setView(blendBox(from, target, progress));
      if (progress < 1) frame = requestAnimationFrame(step);
      else destination = null;
    };
    frame = requestAnimationFrame(step);
  };

  onCleanup(stop);
  /** `target` is where the view is going: quick repeated presses add up instead of cutting each other short. */
  return { to, stop, target: (): Box => destination ?? view() };
}
