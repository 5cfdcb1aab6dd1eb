import type { Programme, Session } from '../../shared/model.js';
import { zonedInstant } from '../../shared/time.js';

const words = ['Digitale', 'Verwaltung', 'Kommune', 'Daten', 'Bürger', 'Netz', 'Plattform', 'Mobilität', 'Energie', 'Region', 'Zukunft', 'Praxis'];
const nextDate = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * A congress as large as an import may be: `count` sessions over `days` days in 50 rooms, with
 * abstracts of real length (CR LF inside, as spreadsheets write them), so its export is about as
 * big as the largest file we accept. Deterministic.
 */
export function bigProgramme(count: number, { date = '2026-12-27', days = 4, abstractWords = 160 } = {}): Programme {
  const rooms = Array.from({ length: 50 }, (_, i) => ({ id: `saal-${i + 1}`, name: `Saal ${i + 1}` }));
  const perDay = Math.ceil(count / days);
  const sessions: Session[] = Array.from({ length: count }, (_, i) => {
    const day = Math.floor(i / perDay);
    const slot = Math.floor((i % perDay) / rooms.length);
    const start = 9 * 60 + slot * 20;
    const onDate = nextDate(date, day + Math.floor(start / 1440));
    const startsAt = zonedInstant(onDate, clock(start % 1440), 'Europe/Berlin');
    const abstract = Array.from({ length: abstractWords }, (_, w) => words[(i * 7 + w * 3) % words.length]).join(' ');
    return {
      id: `talk-${i + 1}`,
      title: `${words[i % words.length]} ${words[(i * 5) % words.length]} ${i + 1}`,
      abstract: `${abstract.slice(0, 400)}\r\n${abstract.slice(400)}`,
      speakers: [`Person ${i % 300}`, ...(i % 3 ? [] : [`Person ${(i + 7) % 300}`])],
      kind: 'talk',
      status: 'scheduled',
      startsAt,
      endsAt: new Date(Date.parse(startsAt) + 15 * 60_000).toISOString(),
      roomId: rooms[i % rooms.length]!.id,
    };
  });
  const starts = sessions.map((s) => s.startsAt).sort();
  const ends = sessions.map((s) => s.endsAt).sort();
  return {
    event: { id: 'bigcongress', name: 'Großer Kongress', venue: 'Messe', city: 'Kaiserslautern', timeZone: 'Europe/Berlin', startsAt: starts[0]!, endsAt: ends[ends.length - 1]! },
    rooms,
    sessions,
    stands: [],
  };
}
