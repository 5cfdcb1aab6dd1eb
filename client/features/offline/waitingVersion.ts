/**
 * The version installed behind the running one, watched on the registration itself.
 * workbox-window stops listening after the first update it did not start itself, so a version
 * whose install failed once or twice (Wi-Fi dropped while it was saved) was never offered again
 * until the page was reloaded by hand.
 */
export function watchWaitingVersion(
  registration: ServiceWorkerRegistration,
  onChange: (waiting: ServiceWorker | undefined) => void,
): void {
  // A version waiting on a phone no version controls yet is the first install, not a new one.
  const check = () => onChange(navigator.serviceWorker.controller ? registration.waiting ?? undefined : undefined);
  const follow = (worker: ServiceWorker | null) => worker?.addEventListener('statechange', check);
  registration.addEventListener('updatefound', () => follow(registration.installing));
  navigator.serviceWorker.addEventListener('controllerchange', check);
  follow(registration.installing);
  check();
}

/** Lets the waiting version take over and reloads once it controls the page. */
export function switchToWaitingVersion(waiting: ServiceWorker): void {
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
