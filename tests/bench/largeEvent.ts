import { programmeSchema, type Programme, type Session } from '../../shared/model.js';
import { zonedInstant } from '../../shared/time.js';

/**
 * A large event for the snapshot size: 60 rooms, 800 sessions, 100 stands, with texts of the
 * length a real programme has. Deterministic, so sizes compare between runs.
 */
const words = ['Digitale', 'Verwaltung', 'Kommune', 'Daten', 'Bürger', 'Netz', 'Plattform', 'Mobilität',
  'Energie', 'Sensorik', 'offene', 'sichere', 'gemeinsame', 'Region', 'Zukunft', 'Praxis', 'Dienste', 'Stadt'];
const names = ['Anna Becker', 'Jonas Weber', 'Lea Hoffmann', 'Paul Schäfer', 'Mia Koch', 'Ben Richter', 'Emma Wolf'];
const kinds = ['talk', 'talk', 'talk', 'market', 'networking'] as const;

/** mulberry32: a small seeded generator, so the texts vary like real ones (and compress like them). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function text(seed: number, count: number): string {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const word = words[Math.floor(next() * words.length)]!;
    // Compounds and numbers, as German programmes have them.
    return next() < 0.3 ? `${word}${words[Math.floor(next() * words.length)]!.toLowerCase()}` : next() < 0.1 ? `${word} ${Math.floor(next() * 2030)}` : word;
  }).join(' ');
}

const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export function largeEvent(date: string, timeZone = 'Europe/Berlin'): Programme {
  const at = (minutes: number) => zonedInstant(date, time(minutes), timeZone);
  const rooms = Array.from({ length: 60 }, (_, i) => ({ id: `raum-${i + 1}`, name: `Raum ${i + 1}`, floor: `${i % 4}. OG` }));
  const sessions: Session[] = Array.from({ length: 800 }, (_, i) => {
    const room = rooms[i % rooms.length]!;
    const slot = Math.floor(i / rooms.length); // 14 slots of 45 minutes from 08:00
    const start = 8 * 60 + slot * 45;
    return {
      id: `session-${i + 1}`,
      title: `${text(i, 5)} ${i + 1}`,
      abstract: `${text(i * 31 + 3, 40)}.`,
      speakers: names.slice(i % names.length, (i % names.length) + 1 + (i % 3)),
      kind: kinds[i % kinds.length]!,
      status: 'scheduled',
      startsAt: at(start),
      endsAt: at(start + 40),
      roomId: room.id,
    };
  });
  const stands = Array.from({ length: 100 }, (_, i) => ({
    id: `stand-${i + 1}`,
    name: `${text(i + 11, 3)} ${i + 1}`,
    municipality: `Gemeinde ${i + 1}`,
    topic: text(i, 2),
    description: `${text(i * 37 + 5, 20)}.`,
    roomId: rooms[i % 6]!.id,
  }));
  const event = {
    id: 'grosses-event',
    name: 'Großes Event (Benchmark)',
    venue: 'Messe',
    city: 'Kaiserslautern',
    timeZone,
    startsAt: at(8 * 60),
    endsAt: at(19 * 60),
  };
  return programmeSchema.parse({ event, rooms, sessions, stands });
}
