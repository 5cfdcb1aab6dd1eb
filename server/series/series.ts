import type { HttpBindings } from '@hono/node-server';
import { eventBounds, eventStatus, rootEvent, type EventBounds, type EventStatus, type SeriesEvent } from '../../shared/series.js';
import { isEventSlug } from '../../shared/eventSlugs.js';
import { commandError } from '../../shared/errors.js';
import type { Clock } from '../kernel/clock.js';
import type { SeriesEventRecord } from '../kernel/store.js';

/** What the series needs of one event's site: its record, its dates, and its HTTP app. */
export interface SeriesSite {
  record: SeriesEventRecord;
  /** The event's name, dates and zone as its own log has them now; null before its programme is loaded. */
  event(): { name: string; startsAt: string; endsAt: string; timeZone: string } | null;
  fetch(request: Request, env?: HttpBindings): Response | Promise<Response>;
}

/**
 * The events of one installation, and which one an address means: `/<slug>/…` its own event,
 * anything else the root's (the current event, else the next, else the last).
 */
export class Series<S extends SeriesSite> {
  private readonly pastUntil = new Map<S, { from: number; past: boolean }>();
  /** Each event's bounds, per version of its dates (an import replaces the state's event object). */
  private readonly boundsOf = new WeakMap<object, EventBounds>();

  constructor(
    private readonly sites: S[],
    private readonly clock: Clock,
  ) {}

  all(): readonly S[] {
    return this.sites;
  }

  add(site: S): void {
    this.sites.push(site);
    this.pastUntil.clear();
  }

  status(site: S): EventStatus {
    const event = site.event();
    const closed = site.record.closedAt !== null && Date.parse(site.record.closedAt) <= this.clock.now();
    if (!event) return closed ? 'past' : 'upcoming';
    const laterExists = this.sites.some((other) => {
      const later = other.event();
      return other !== site && later !== null && later.startsAt > event.startsAt;
    });
    return eventStatus({ ...event, closedAt: site.record.closedAt }, this.clock.now(), laterExists, this.bounds(event));
  }

  /** Asked for every request and socket the root address gets (which event it opens), so worked out once per version of the dates. */
  private bounds(event: { startsAt: string; endsAt: string; timeZone: string }): EventBounds {
    const known = this.boundsOf.get(event);
    if (known) return known;
    const bounds = eventBounds(event);
    this.boundsOf.set(event, bounds);
    return bounds;
  }

  /**
   * Whether the event takes nothing new (`event_closed`). Asked for every command and token, so
   * the answer is kept for a second: working out a status in a time zone costs tens of µs, and it
   * changes only at a day's end, at a closing or with a new event (those forget it at once).
   */
  isPast(site: S): boolean {
    const now = this.clock.now();
    const known = this.pastUntil.get(site);
    if (known && now >= known.from && now < known.from + 1000) return known.past;
    const past = this.status(site) === 'past';
    this.pastUntil.set(site, { from: now, past });
    return past;
  }

  /** The list `GET /api/events` answers, in the order of their first days. */
  list(): SeriesEvent[] {
    return this.sites
      .map((site): SeriesEvent => {
        const event = site.event();
        const days = event ? this.bounds(event) : { firstDay: site.record.createdAt.slice(0, 10), lastDay: site.record.createdAt.slice(0, 10) };
        return { id: site.record.id, slug: site.record.slug, name: event?.name ?? site.record.slug, firstDay: days.firstDay, lastDay: days.lastDay, status: this.status(site) };
      })
      .sort((a, b) => a.firstDay.localeCompare(b.firstDay) || a.slug.localeCompare(b.slug));
  }

  /** Closes an open event now: it stays readable and takes nothing new. */
  async close(id: string, records: { close(id: string, at: string): Promise<boolean> }): Promise<boolean> {
    const site = this.byId(id);
    if (!site || site.record.closedAt !== null) return false;
    const at = new Date(this.clock.now()).toISOString();
    if (!(await records.close(id, at))) return false;
    site.record.closedAt = at;
    this.pastUntil.clear();
    return true;
  }

  bySlug(slug: string | undefined): S | undefined {
    return slug === undefined ? undefined : this.sites.find((site) => site.record.slug === slug);
  }

  byId(id: string): S | undefined {
    return this.sites.find((site) => site.record.id === id);
  }

  /** The event the root address opens. */
  root(): S {
    const chosen = rootEvent(this.list());
    const site = chosen ? this.byId(chosen.id) : undefined;
    const fallback = this.sites[0];
    if (!site && !fallback) throw new Error('a series without events');
    return site ?? fallback!;
  }

  /** An event's slug as the first segment of the path: that event, the rest of the path its own; else the root's event. */
  fetch(request: Request, env?: HttpBindings): Response | Promise<Response> {
    const url = new URL(request.url);
    const [, first = '', ...rest] = url.pathname.split('/');
    const site = this.bySlug(first);
    // An address that names an event this installation does not have: its API calls are answered as unknown.
    if (!site && isEventSlug(first) && rest[0] === 'api') return Response.json(commandError('not_found'), { status: 404 });
    if (!site) return this.root().fetch(request, env);
    url.pathname = `/${rest.join('/')}`;
    return site.fetch(new Request(url, request), env);
  }
}
