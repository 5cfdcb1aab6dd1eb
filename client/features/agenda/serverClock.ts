import { createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';
import { serverNow } from '../../sync/clock';

/**
 * The server's "now", re-read every interval and when the page becomes visible again
 * (a phone waking up after an hour must not show the old "Jetzt").
 */
export function createServerClock(intervalMs = 30_000): Accessor<number> {
  const [tick, setTick] = createSignal(0);
  const bump = () => setTick((n) => n + 1);
  const timer = setInterval(bump, intervalMs);
  const onVisible = () => {
    if (document.visibilityState === 'visible') bump();
  };
  document.addEventListener('visibilitychange', onVisible);
  onCleanup(() => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
  });
  const now = createMemo(() => {
    tick();
    return serverNow();
  });
  return now;
}
