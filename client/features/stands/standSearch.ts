import { standsByName } from '../../../shared/standOrder';
import { foldText, matchQuality, wordsOf } from './fuzzyMatch';
import { alternativesOf, meaningfulTerms } from '../../../shared/queryWords';

/** What the directory searches in: the fields a visitor remembers a stand by. */
export interface SearchableStand {
  name: string;
  municipality: string;
  topic: string;
  description: string;
  /** What it took and what it cost: what people at a networking day ask about most. */
  implementation?: string;
  cost?: string;
  /** The profile's short description, who built it with them, the funding (issue 25). */
  summary?: string;
  team?: string;
  funding?: string;
}

/**
 * Where a word was found counts more than how well: a stand named after the query comes before
 * one that only mentions it in its description, even when the name has a typo.
 */
const fieldWeights = { name: 30, municipality: 20, topic: 20, summary: 10, description: 10, implementation: 8, team: 8, cost: 8, funding: 8 } as const;
type FieldName = keyof typeof fieldWeights;
const fieldNames: readonly FieldName[] = ['name', 'municipality', 'topic', 'summary', 'description', 'implementation', 'team', 'cost', 'funding'];

interface IndexedStand<T> {
  stand: T;
  /** Per field: its weight and the ids of its words in the vocabulary. */
  fields: { weight: number; words: number[] }[];
}

/**
 * The stands folded and split into words once, with one vocabulary shared by all of them: a
 * query word is compared with each distinct word once, however many stands use it.
 */
interface StandIndex<T> {
  readonly vocabulary: readonly string[];
  readonly entries: readonly IndexedStand<T>[];
}

export function indexStands<T extends SearchableStand>(stands: readonly T[]): StandIndex<T> {
  const vocabulary: string[] = [];
  const ids = new Map<string, number>();
  const idOf = (word: string): number => {
    const known = ids.get(word);
    if (known !== undefined) return known;
    ids.set(word, vocabulary.length);
    vocabulary.push(word);
    return vocabulary.length - 1;
  };
  const entries = standsByName(stands).map((stand) => ({
    stand,
    fields: fieldNames.map((field) => ({
      weight: fieldWeights[field],
      words: [...new Set(wordsOf(foldText(stand[field] ?? '')).map(idOf))],
    })),
  }));
  return { vocabulary, entries };
}

/** The distinct folded words of a query; punctuation alone is no query. */
function queryTerms(query: string): string[] {
  return [...new Set(foldText(query).split(/[^\p{L}\p{N}]+/u))].filter((term) => term !== '');
}

/** The best score of one query word in one stand, 0 when the stand does not have it. */
function termScore<T>(entry: IndexedStand<T>, qualities: Uint8Array): number {
  let best = 0;
  for (const field of entry.fields) {
    for (const word of field.words) {
      const quality = qualities[word] ?? 0;
      if (quality > 0) best = Math.max(best, field.weight + quality);
    }
  }
  return best;
}

/**
 * The stands that have every word of the query (each exactly, as a beginning, inside a
 * compound or with a small typo), best first; an empty query gives all stands by name.
 */
export function searchStands<T>(index: StandIndex<T>, query: string): T[] {
  const terms = meaningfulTerms(queryTerms(query));
  if (terms.length === 0) return index.entries.map((entry) => entry.stand);
  // A word matches as well as its best alternative ("Preis" finds "Kosten"), the word itself first.
  const qualities = terms.map((term) =>
    Uint8Array.from(index.vocabulary, (word) => Math.max(...alternativesOf(term).map((alt) => matchQuality(alt, word)))),
  );
  const found: { stand: T; score: number }[] = [];
  for (const entry of index.entries) {
    let score = 0;
    for (const termQualities of qualities) {
      const best = termScore(entry, termQualities);
      if (best === 0) {
        score = 0;
        break;
      }
      score += best;
    }
    if (score > 0) found.push({ stand: entry.stand, score });
  }
  // The sort is stable: equal scores keep the name order of the index.
  return found.sort((a, b) => b.score - a.score).map((hit) => hit.stand);
}

/** The topics to filter by, each once, in German alphabetical order. */
export function distinctTopics(stands: readonly SearchableStand[]): string[] {
  const topics = new Set(stands.map((stand) => stand.topic.trim()).filter((topic) => topic !== ''));
  return [...topics].sort((a, b) => a.localeCompare(b, 'de'));
}

/** Stands in any of the chosen topics; no topic chosen means no filter. */
export function withTopics<T extends SearchableStand>(stands: readonly T[], topics: readonly string[]): T[] {
  if (topics.length === 0) return [...stands];
  const chosen = new Set(topics);
  return stands.filter((stand) => chosen.has(stand.topic.trim()));
}
