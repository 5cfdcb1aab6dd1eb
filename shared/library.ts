import { z } from 'zod';
import type { PublicState } from './publicState.js';
import { mostVotedFirst, type Question } from './questions.js';
import { own } from './records.js';
import { standsByName } from './standOrder.js';
import { standEntrySchema } from './standsImport.js';

/**
 * The project library (issue 24): every project shown at an event of the series, with its profile,
 * the answers its stand marked for the library, and the dates it was shown. Made from each event's
 * attendee view only, so nothing unpublished, and never an asker's name, can be in it.
 */

/** The profile as the library shows it: the stand's texts without its place at one event or its contact of the day. */
export const libraryProfileSchema = standEntrySchema.omit({ id: true, roomId: true, number: true, contact: true });
export type LibraryProfile = z.infer<typeof libraryProfileSchema>;

/** A marked answer: the question and the answer, and at which event; never who asked. */
export const libraryAnswerSchema = z.object({ question: z.string(), answer: z.string(), answeredAt: z.string(), eventSlug: z.string() });
export type LibraryAnswer = z.infer<typeof libraryAnswerSchema>;

export const libraryShowingSchema = z.object({ slug: z.string(), name: z.string(), firstDay: z.string() });
export type LibraryShowing = z.infer<typeof libraryShowingSchema>;

export const libraryProjectSchema = z.object({
  standId: z.string(),
  profile: libraryProfileSchema,
  answers: z.array(libraryAnswerSchema),
  /** The events it was shown at, the first first. */
  shown: z.array(libraryShowingSchema),
});
export type LibraryProject = z.infer<typeof libraryProjectSchema>;

/** `GET /api/library`: the projects, best match first (by name without a query). */
export const libraryReplySchema = z.object({ projects: z.array(libraryProjectSchema) });

/** One event as the library reads it: its address, name and first day, and its attendee view. */
export interface LibrarySource extends LibraryShowing {
  state: PublicState;
}

/** The stand's answers that are in the library: published, answered and marked, not merged away. */
export function libraryAnswersOf(state: PublicState, standId: string, eventSlug: string): LibraryAnswer[] {
  const marked = (q: Question) => q.target.kind === 'stand' && q.target.id === standId && q.status === 'published' && q.answered && q.faq === true && !q.mergedInto;
  return Object.values(state.questions)
    .filter(marked)
    .sort(mostVotedFirst)
    .flatMap((q) => (q.answer ? [{ question: q.text, answer: q.answer.text, answeredAt: q.answer.at, eventSlug }] : []));
}

function profileOf(stand: PublicState['stands'][string]): LibraryProfile {
  const { id: _id, roomId: _room, number: _number, contact: _contact, ...profile } = stand;
  return profile;
}

/** Whether the latest decision of any event took the project out. */
function isWithdrawn(sources: readonly LibrarySource[], standId: string): boolean {
  const marks = sources.flatMap((source) => {
    const mark = own(source.state.library, standId);
    return mark ? [mark] : [];
  });
  const latest = marks.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).at(-1);
  return latest?.withdrawn === true;
}

/**
 * The library of a series: a project is one stand id across events (the next date's copy keeps
 * it), its profile the latest event's, its answers the newest event's first. By name.
 */
export function mergeLibrary(sources: readonly LibrarySource[]): LibraryProject[] {
  const byDay = [...sources].sort((a, b) => a.firstDay.localeCompare(b.firstDay) || a.slug.localeCompare(b.slug));
  const projects = new Map<string, LibraryProject>();
  for (const source of byDay) {
    const shown: LibraryShowing = { slug: source.slug, name: source.name, firstDay: source.firstDay };
    for (const stand of Object.values(source.state.stands)) {
      const earlier = projects.get(stand.id);
      const answers = libraryAnswersOf(source.state, stand.id, source.slug);
      projects.set(stand.id, {
        standId: stand.id,
        profile: profileOf(stand),
        answers: [...answers, ...(earlier?.answers ?? [])],
        shown: [...(earlier?.shown ?? []), shown],
      });
    }
  }
  const kept = [...projects.values()].filter((project) => !isWithdrawn(byDay, project.standId));
  return standsByName(kept.map((project) => ({ name: project.profile.name, project }))).map((entry) => entry.project);
}
