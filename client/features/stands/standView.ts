import type { Stand } from '../../../shared/model';
import type { PublicState } from '../../../shared/publicState';
import { mostVotedFirst, targetKey, type Question } from '../../../shared/questions';
import { standsByName } from '../../../shared/standOrder';
import type { ProfileTextField } from '../../../shared/standProfileFields';

export function sortedStands(state: PublicState): Stand[] {
  return standsByName(Object.values(state.stands));
}

/** "Gemeinde · Thema", leaving out what the programme does not say. */
export function standMeta(stand: Stand): string {
  return [stand.municipality, stand.topic].filter((part) => part.trim() !== '').join(' · ');
}

/** Answered stand questions, most asked-for first: they build up into the stand's FAQ. */
export function faqOf(state: PublicState, standId: string): Question[] {
  const key = targetKey({ kind: 'stand', id: standId });
  return Object.values(state.questions)
    .filter((q) => targetKey(q.target) === key && q.status === 'published' && !q.mergedInto && q.answer)
    .sort(mostVotedFirst);
}

/** The stand's "Häufige Fragen": answered questions its host or a moderator marked, most asked-for first. */
export function markedFaqOf(state: PublicState, standId: string): Question[] {
  return faqOf(state, standId).filter((q) => q.faq === true);
}

/** A profile text in the reader's language: the English one when English is chosen and the host wrote one. */
export function profileText(stand: Stand, field: ProfileTextField, locale: 'de' | 'en'): string {
  const english = locale === 'en' ? stand.en?.[field] : undefined;
  return english && english.trim() !== '' ? english : (stand[field] ?? '');
}
