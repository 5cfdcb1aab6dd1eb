import { foldText } from './textFold.js';

/**
 * How visitors ask rather than how stands are written: "was kostet das?", "Preis", "how much".
 * Pure data and functions, folded like the stand text (foldText), unit-tested alone.
 */

/** Question words and fillers that no stand text is searched for, unless nothing else is left. */
const fillers = new Set(
  [
  'was', 'wie', 'wo', 'wer', 'wann', 'viel', 'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'und', 'ist', 'es',
  'what', 'how', 'much', 'many', 'does', 'do', 'the', 'a', 'an', 'is', 'it', 'and', 'of',
  ].map(foldText),
);

/** Words people ask with, and the words the stands use for the same thing (folded). */
const askedAsWritten: Readonly<Record<string, readonly string[]>> = {
  kostet: ['kost'],
  preis: ['kost', 'gebuhr'],
  preise: ['kost', 'gebuhr'],
  teuer: ['kost'],
  euro: ['kost'],
  cost: ['kost'],
  costs: ['kost'],
  price: ['kost', 'gebuhr'],
  fee: ['gebuhr'],
  aufwand: ['aufwand', 'kost'],
};

/** Keyed by the folded word, as queries arrive folded ("teuer" → "teur"). */
const askedAs = new Map(Object.entries(askedAsWritten).map(([word, alternatives]) => [foldText(word), alternatives]));

/** The words of a query worth searching for: fillers drop out when any other word is there. */
export function meaningfulTerms(terms: readonly string[]): string[] {
  const kept = terms.filter((term) => !fillers.has(term));
  return kept.length > 0 ? kept : [...terms];
}

/** A query word and the words the stands may use for it instead; the word itself comes first. */
export function alternativesOf(term: string): string[] {
  return [term, ...(askedAs.get(term) ?? [])];
}
