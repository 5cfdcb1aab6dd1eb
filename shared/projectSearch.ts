import MiniSearch, { type Query } from 'minisearch';
import type { LibraryProfile, LibraryProject } from './library.js';
import { alternativesOf, meaningfulTerms } from './queryWords.js';
import { foldText } from './textFold.js';
import { allowedTypos, wordsMeantBy } from './typoPrefix.js';

/**
 * One search for projects, in the stand directory (offline, on the phone) and in the series'
 * library (on the server): MiniSearch over the folded words (so "Dörfer", "Doerfer" and "Dorfer"
 * meet), typos forgiven (fuzzy), words begun count (prefix); a word begun with a typo and a word
 * inside a compound ("portal" in "Bürgerportal") are found too (shared/typoPrefix.ts). Where a
 * word stands weighs more than how well it fits: a name with a typo comes before an exact hit in
 * a description, the answers count least.
 */

/** What is searched of a project: any stand entry's profile has these, and a library entry its answers. */
export type SearchableProfile = Pick<LibraryProfile, 'name' | 'municipality' | 'topic' | 'description'> &
  Partial<Pick<LibraryProfile, 'summary' | 'implementation' | 'team' | 'duration' | 'partners' | 'cost' | 'costOneOff' | 'costPerYear' | 'funding' | 'en'>>;
export interface SearchableProject {
  profile: SearchableProfile;
  answers: readonly { question: string; answer: string }[];
}

const fields = ['name', 'place', 'about', 'howBuilt', 'cost', 'answers'] as const;
type Field = (typeof fields)[number];
type Indexed = Record<Field, string> & { id: number };

/** Spaced so that the field outweighs how well a word fits (prefix or typo) in it. */
const boosts: Record<Field, number> = { name: 27, place: 9, about: 3, howBuilt: 1.5, cost: 1.5, answers: 1 };

/** Words and, for a hyphenated or dotted word, the word joined up too: "E-Scooter" is also "escooter". */
function tokenize(text: string): string[] {
  const words: string[] = [];
  for (const chunk of text.split(/\s+/)) {
    const parts = chunk.split(/[^\p{L}\p{N}]+/u).filter((part) => part !== '');
    if (parts.length > 1) words.push(parts.join(''));
    words.push(...parts);
  }
  return words;
}

const joined = (...texts: (string | undefined)[]) => texts.filter(Boolean).join(' ');

/** The cost field says "Kosten" whenever there is one, so "Kosten Ausweisterminal" asks for the terminal's cost. */
function indexedOf(project: SearchableProject, id: number): Indexed {
  const p = project.profile;
  const cost = joined(p.cost, p.costOneOff, p.costPerYear, p.funding);
  return {
    id,
    name: p.name,
    place: joined(p.municipality, p.topic),
    about: joined(p.summary, p.description, p.en?.summary, p.en?.description),
    howBuilt: joined(p.implementation, p.team, p.duration, ...(p.partners ?? [])),
    cost: cost ? `Kosten ${cost}` : '',
    answers: project.answers.map((a) => `${a.question} ${a.answer}`).join(' '),
  };
}

/** A word inside a compound or begun with a typo fits less well than one begun right. */
const meantWeight = 0.4;

/**
 * One word of the query as the projects may write it ("Preis" → "Kosten"): begun, typos forgiven,
 * and the words of the index it is meant for (inside a compound, begun with a typo).
 */
function wordQuery(word: string, vocabulary: ReadonlySet<string>): Query {
  const alternatives = alternativesOf(word);
  const meant = [...new Set(alternatives.flatMap((alternative) => wordsMeantBy(alternative, vocabulary)))];
  if (meant.length === 0) return { combineWith: 'OR', queries: alternatives };
  return { combineWith: 'OR', queries: [...alternatives, { combineWith: 'OR', queries: meant, fuzzy: false, prefix: false, boostTerm: () => meantWeight }] };
}

export interface ProjectSearch<T> {
  /** The items that match every word, best first; without words, all in the order given. */
  search(query: string): T[];
}

export interface SearchOptions {
  /** When no item has every word: none (a directory that filters as one types) or those with any word, best first (a library asked in sentences). */
  whenNoneHasAll: 'none' | 'anyWord';
}

export function searchProjects<T>(items: readonly T[], projectOf: (item: T) => SearchableProject, options: SearchOptions): ProjectSearch<T> {
  const vocabulary = new Set<string>();
  const fold = (term: string) => foldText(term) || null;
  const index = new MiniSearch<Indexed>({
    fields: [...fields],
    tokenize,
    // Indexing keeps every word it folds: the words a query may be meant for (wordsMeantBy).
    processTerm: (term) => {
      const folded = fold(term);
      if (folded) vocabulary.add(folded);
      return folded;
    },
    searchOptions: { processTerm: fold, boost: boosts, fuzzy: (term) => allowedTypos(term.length) || false, prefix: true, weights: { fuzzy: 0.6, prefix: 0.6 } },
  });
  index.addAll(items.map((item, i) => indexedOf(projectOf(item), i)));
  const found = (words: readonly string[], combineWith: 'AND' | 'OR') =>
    index.search({ combineWith, queries: words.map((word) => wordQuery(word, vocabulary)) }).flatMap((hit) => items[Number(hit.id)] ?? []);
  return {
    search(query) {
      const words = meaningfulTerms([...new Set(tokenize(query).map(foldText).filter(Boolean))]);
      if (words.length === 0) return [...items];
      const all = found(words, 'AND');
      return all.length > 0 || options.whenNoneHasAll === 'none' ? all : found(words, 'OR');
    },
  };
}

/** The series' library: found by its profile and its answers; a question in a sentence finds the projects with one of its words or more. */
export function projectSearch(projects: readonly LibraryProject[]): ProjectSearch<LibraryProject> {
  return searchProjects(projects, (project) => project, { whenNoneHasAll: 'anyWord' });
}
