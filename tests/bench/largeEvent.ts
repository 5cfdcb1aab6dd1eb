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

export function largeEvent(date: string, timeZone = 'Europe/Berlin', sessionCount = 800): Programme {
  const at = (minutes: number) => zonedInstant(date, time(minutes), timeZone);
  const rooms = Array.from({ length: 60 }, (_, i) => ({ id: `raum-${i + 1}`, name: `Raum ${i + 1}`, floor: `${i % 4}. OG` }));
  const sessions: Session[] = Array.from({ length: sessionCount }, (_, i) => {
    const room = rooms[i % rooms.length]!;
    const slot = Math.floor(i / rooms.length); // 14 slots of 45 minutes from 08:00 (17 for 1,000 sessions)
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
    endsAt: at(21 * 60),
  };
  return programmeSchema.parse({ event, rooms, sessions, stands });
}

/** A stand's profile as a host fills it in (every text, partners, links, a public contact), for the big day. */
export function standProfile(standIndex: number): Record<string, unknown> {
  const i = standIndex;
  return {
    standId: `stand-${i + 1}`,
    summary: text(i * 7 + 1, 8),
    description: `${text(i * 41 + 2, 60)}.`,
    implementation: `${text(i * 43 + 3, 60)}.`,
    team: text(i * 47 + 4, 15),
    duration: '14 Monate',
    costOneOff: `${(i % 9) + 1}0.000 €`,
    costPerYear: `${(i % 5) + 1}.500 €`,
    funding: text(i * 53 + 5, 10),
    partners: [`Gemeinde ${i + 2}`, `Verbandsgemeinde ${i + 3}`],
    links: [{ label: 'Projektseite', url: `https://example.org/projekt-${i + 1}` }],
    contact: { name: { value: names[i % names.length]!, public: true }, email: { value: `projekt-${i + 1}@example.org`, public: true } },
  };
}
