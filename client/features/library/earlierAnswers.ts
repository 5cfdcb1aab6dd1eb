import { createSignal } from 'solid-js';
import { z } from 'zod';
import { libraryAnswerSchema, type LibraryProject } from '../../../shared/library';
import { eventDayRange } from '../../../shared/series';
import type { PublicState } from '../../../shared/publicState';
import { readItem, writeItem } from '../../sync/storage';
import { fetchLibrary } from './libraryApi';

/** An answer from an earlier date of the series, with the name and day of that date. */
export const earlierAnswerSchema = libraryAnswerSchema.extend({ eventName: z.string(), firstDay: z.string() });
export type EarlierAnswer = z.infer<typeof earlierAnswerSchema>;

const storedSchema = z.record(z.string(), z.array(earlierAnswerSchema));
/** Kept with this event's data on the phone (the key carries its address), so the stand pages show them offline. */
const key = 'ortstermin.earlierAnswers';

function stored(): Record<string, EarlierAnswer[]> {
  try {
    const parsed = storedSchema.safeParse(JSON.parse(readItem(key) ?? '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

const [answers, setAnswers] = createSignal(stored());
export const earlierAnswersOf = (standId: string): EarlierAnswer[] => (Object.hasOwn(answers(), standId) ? answers()[standId]! : []);

/** This event's stands' answers from dates before its first day: what "Aus früheren Terminen" shows. */
export function earlierAnswersFor(projects: readonly LibraryProject[], state: PublicState): Record<string, EarlierAnswer[]> {
  if (!state.event) return {};
  const today = eventDayRange(state.event).firstDay;
  const result: Record<string, EarlierAnswer[]> = {};
  for (const project of projects) {
    if (!Object.hasOwn(state.stands, project.standId)) continue;
    const dates = new Map(project.shown.map((shown) => [shown.slug, shown]));
    const earlier = project.answers.flatMap((answer) => {
      const shown = dates.get(answer.eventSlug);
      return shown && shown.firstDay < today ? [{ ...answer, eventName: shown.name, firstDay: shown.firstDay }] : [];
    });
    if (earlier.length > 0) result[project.standId] = earlier;
  }
  return result;
}

let asked = false;

/** Fetches the library once per page load while online, and keeps this event's stands' part on the phone. */
export async function refreshEarlierAnswers(state: () => PublicState): Promise<void> {
  if (asked) return;
  asked = true;
  const outcome = await fetchLibrary();
  if (!outcome.ok) {
    asked = false;
    return;
  }
  const mine = earlierAnswersFor(outcome.value, state());
  setAnswers(mine);
  writeItem(key, JSON.stringify(mine));
}
