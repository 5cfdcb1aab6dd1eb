import { socketEvents } from '../../shared/events.js';
import { isStaff } from '../../shared/roles.js';
import type { EventContext, SomeEventFeature } from '../kernel/feature.js';
import { announcementHandlers } from './announcementHandlers.js';
import { createAnnouncementReceipts } from './announcementReceipts.js';

/** Announcements, and how many phones have shown each (a live figure for moderators). */
export function announcementsFeature(event: EventContext) {
  const receipts = createAnnouncementReceipts({
    intervalMs: 1000,
    isAnnouncement: (id) => event.live.state().announcements.some((a) => a.id === id),
    publish: (counts) => event.rooms.to('staff').emit(socketEvents.receipts, counts),
    ...(event.store.receipts ? { shared: event.store.receipts } : {}),
  });
  return {
    handlers: announcementHandlers,
    own: { receipts },
    connected(socket) {
      socket.on(socketEvents.receipt, (receipt) => receipts.record(receipt, socket.data.actor.deviceId ?? socket.id));
    },
    synced(socket) {
      if (isStaff(socket.data.actor)) socket.emit(socketEvents.receipts, receipts.counts());
    },
    stop: () => receipts.stop(),
  } satisfies SomeEventFeature;
}
