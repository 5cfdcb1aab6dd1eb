import { readFileSync } from 'node:fs';
import { programmeSchema, type Programme } from '../../shared/model.js';
import { standsFileSchema, type StandsFile } from '../../shared/standsImport.js';
import { localDate, zonedInstant, formatTime } from '../../shared/time.js';

const demoFile = new URL('./demoEvent.json', import.meta.url);

/** Keeps an instant's wall-clock time in the zone but puts it on another date (safe across DST). */
function onDate(iso: string, date: string, timeZone: string): string {
  return zonedInstant(date, formatTime(iso, timeZone), timeZone);
}

/**
 * The demo event from the 2019 press release. With `date`, it is moved to that day (same wall-clock
 * times), so a demo started today has a Now and a Next.
 */
export function loadDemoEvent(date?: string): Programme {
  const programme = programmeSchema.parse(JSON.parse(readFileSync(demoFile, 'utf8')));
  const zone = programme.event.timeZone;
  const day = date ?? localDate(new Date(programme.event.startsAt), zone);
  const move = (iso: string) => onDate(iso, day, zone);
  return {
    ...programme,
    event: { ...programme.event, startsAt: move(programme.event.startsAt), endsAt: move(programme.event.endsAt) },
    sessions: programme.sessions.map((s) => ({ ...s, startsAt: move(s.startsAt), endsAt: move(s.endsAt) })),
  };
}

const demoStandsFile = new URL('./demoStands.json', import.meta.url);

/** The demo's stands in detail (what it took, what it cost, whom to ask) and the venue's floor plan. */
export function loadDemoStands(): StandsFile {
  return standsFileSchema.parse(JSON.parse(readFileSync(demoStandsFile, 'utf8')));
}
