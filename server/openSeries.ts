import { randomBytes } from 'node:crypto';
import { commandError, type CommandError } from '../shared/errors.js';
import { nextEventContent, nextEventIssues, summaryOf, type NextEventRequest, type NextEventSummary } from '../shared/nextEvent.js';
import { slugForDay } from '../shared/series.js';
import { localDate } from '../shared/time.js';
import { loadProgrammeIfEmpty } from './bootstrap.js';
import { openEventSite, type EventSite, type InstallationParts } from './eventSite.js';
import type { Clock } from './kernel/clock.js';
import { shortHash } from './kernel/ids.js';
import type { SeriesEventRecord, Store } from './kernel/store.js';
import { Series } from './series/series.js';

const newEventId = () => `e-${randomBytes(5).toString('hex')}`;

/**
 * Opens every event of the installation. A database from before series holds one event and no
 * series record: it becomes the series' first event, its log and codes where they were.
 */
export async function openSeries(parts: InstallationParts, clock: Clock): Promise<OpenedSeries> {
  const series = new Series<EventSite>([], clock);
  const isPast = (id: string) => () => {
    const site = series.byId(id);
    return site !== undefined && series.isPast(site);
  };
  const open = async (record: SeriesEventRecord, first: boolean, store?: Store) =>
    openEventSite(parts, record, store ?? (record.location === '' ? parts.home : await parts.home.openSibling(record.location)), first, isPast(record.id));
  const records = await parts.home.series.list();
  for (const [index, record] of records.entries()) series.add(await open(record, index === 0));
  if (records.length === 0) series.add(await openFirstEvent(parts, clock, open));
  let turn: Promise<unknown> = Promise.resolve();
  const next = (request: NextEventRequest) => {
    // One at a time: two made at once would pick the same address.
    const made = turn.then(() => createNext(parts, clock, series, open, request));
    turn = made.catch(() => undefined);
    return made;
  };
  return { series, next };
}

/**
 * The first event of a new installation. Processes starting together on one fresh database name it
 * alike (its id comes from a key the database keeps once), and the one that records it second opens
 * what the first recorded.
 */
async function openFirstEvent(
  parts: InstallationParts,
  clock: Clock,
  open: (record: SeriesEventRecord, first: boolean) => Promise<EventSite>,
): Promise<EventSite> {
  const id = `e-${shortHash(await parts.home.log.serverKey('first-event'))}`;
  const site = await open({ id, slug: '', location: '', createdAt: new Date(clock.now()).toISOString(), closedAt: null }, true);
  // Its address comes from its first day, which its own log tells once it is open.
  const event = site.event();
  site.record.slug = slugForDay(event ? localDate(new Date(event.startsAt), event.timeZone) : site.record.createdAt.slice(0, 10), new Set());
  const recorded = await parts.home.series.insertFirst(site.record);
  if (recorded.id === site.record.id) {
    Object.assign(site.record, recorded);
    return site;
  }
  await site.runtime.stop();
  return open(recorded, true);
}

export type NextEventOutcome = { ok: true; summary: NextEventSummary; created: boolean } | { ok: false; error: CommandError };

export interface OpenedSeries {
  series: Series<EventSite>;
  /** "Nächster Termin": the next event made from one of the series, or only its summary (`preview`). */
  next(request: NextEventRequest): Promise<NextEventOutcome>;
}

async function createNext(
  parts: InstallationParts,
  clock: Clock,
  series: Series<EventSite>,
  open: (record: SeriesEventRecord, first: boolean, store: Store) => Promise<EventSite>,
  request: NextEventRequest,
): Promise<NextEventOutcome> {
  const source = series.byId(request.from);
  if (!source) return commandError('not_found', { issues: [{ path: 'from', message: 'no such event in this series' }] });
  const state = source.runtime.live.state();
  const issues = nextEventIssues(state, request);
  if (issues.length > 0) return commandError('invalid_command', { issues });
  const content = nextEventContent(state, request);
  const slug = slugForDay(request.firstDay, new Set(series.all().map((site) => site.record.slug)));
  const summary = summaryOf(content, slug);
  if (request.preview) return { ok: true, summary, created: false };
  const id = newEventId();
  const record: SeriesEventRecord = { id, slug, location: parts.home.siblingLocation(id), createdAt: new Date(clock.now()).toISOString(), closedAt: null };
  const store = await parts.home.openSibling(record.location);
  const stands = content.stands;
  await loadProgrammeIfEmpty(store.log, clock, () => content.programme, stands ? () => ({ version: 1, ...stands }) : undefined);
  await parts.home.series.insert(record);
  series.add(await open(record, false, store));
  return { ok: true, summary, created: true };
}

