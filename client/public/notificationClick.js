// Loaded into the generated service worker (vite.config.ts, workbox.importScripts): a tap on a
// reminder or an urgent announcement opens the page it is about, in the app's window if one is open.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const data = event.notification.data;
  const path = data && typeof data.url === 'string' && data.url.startsWith('/') ? data.url : '/';
  const target = new URL(path, self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
      // Navigate first: focusing needs the tap's permission, which a slow navigation must not use up.
      // A window this worker does not control yet (its first visit) cannot be navigated: a new one opens.
      const navigated = open ? open.navigate(target).catch(() => null) : Promise.resolve(null);
      return navigated.then((client) => (client ? client.focus().catch(() => client) : self.clients.openWindow(target)));
    }),
  );
});
