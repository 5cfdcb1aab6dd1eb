import { dropLimits } from '../../shared/dropLimits.js';
import type { EventContext, SomeEventFeature } from '../kernel/feature.js';
import type { HeldPersonalData } from '../kernel/personalData.js';
import { memoryLimiter, phonesPerAddress, type Limit } from '../kernel/rateLimits.js';
import { dropsRoutes } from './dropsRoutes.js';

/** Items one phone sends (cards sent back): a busy hour of meeting people, not a script. */
export const dropsPerDevice: Limit = [20, 10 * 60];
/** A hall's phones behind one NAT address, each at its own limit. */
export const dropsPerAddress: Limit = [20 * phonesPerAddress, 10 * 60];

/** Fetches by one phone: each of its mailboxes (up to eight card mailboxes and one for requests) every 25 s, and again when it comes back to the front. */
export const fetchesPerDevice: Limit = [240, 10 * 60];
export const fetchesPerAddress: Limit = [240 * phonesPerAddress, 10 * 60];

/**
 * End-to-end encrypted mailboxes (issue 26): a phone sends its card, sealed, to the mailbox of a
 * card it scanned; the card's owner fetches and opens it. The items live in the event's own store,
 * so one event's mailboxes are never another's, and are erased a day after they came at the latest.
 */
export function dropsFeature(event: EventContext) {
  const limiter = event.store.limiter ?? memoryLimiter;
  const senders = { device: limiter(dropsPerDevice, 'drop-dev'), address: limiter(dropsPerAddress, 'drop-addr') };
  const fetchers = { device: limiter(fetchesPerDevice, 'drop-get-dev'), address: limiter(fetchesPerAddress, 'drop-get-addr') };
  const items: HeldPersonalData = { what: 'mailbox items', keepMs: dropLimits.keepMs, eraseBefore: (beforeMs) => event.store.drops.eraseBefore(beforeMs) };
  return {
    handlers: {},
    heldPersonalData: [items],
    routes: [{ path: '/api/drops', routes: dropsRoutes({ drops: event.store.drops, clock: event.clock, senders, fetchers }), secretBelow: '/api/drops/' }],
  } satisfies SomeEventFeature;
}
