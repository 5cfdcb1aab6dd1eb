import MiniSearch, { type Query } from 'minisearch';
import type { LibraryProject } from './library.js';
import { alternativesOf, meaningfulTerms } from './queryWords.js';
import { foldText } from './textFold.js';

/**
 * One search for the projects of the series: MiniSearch over the folded words (so "Dörfer",
 * "Doerfer" and "Dorfer" meet), typos forgiven (fuzzy), words begun count (prefix), and where a
 * word stands weighs how well it fits: the name most, the answers least.
 */

const fields = ['name', 'place', 'about', 'howBuilt', 'cost', 'answers'] as const;
type Field = (typeof fields)[number];
type Indexed = Record<Field, string> & { id: string };

/** MiniSearch's own word splitting, so the query's words are the index's. */
const tokenize: (text: string) => string[] = MiniSearch.getDefault('tokenize');

const boosts: Record<Field, number> = { name: 5, place: 3, about: 2, howBuilt: 1, cost: 1, answers: 1 };

const joined = (...texts: (string | undefined)[]) => texts.filter(Boolean).join(' ');

/** What is searched of a project. The cost field says "Kosten" whenever there is one, so "Kosten Ausweisterminal" asks for the terminal's cost. */
function indexedOf(project: LibraryProject): Indexed {
  const p = project.profile;
  const cost = joined(p.cost, p.costOneOff, p.costPerYear, p.funding);
  return {
    id: project.standId,
    name: p.name,
    place: joined(p.municipality, p.topic),
    about: joined(p.summary, p.description, p.en?.summary, p.en?.description),
    howBuilt: joined(p.implementation, p.team, p.duration, ...(p.partners ?? [])),
    cost: cost ? `Kosten ${cost}` : '',
    answers: project.answers.map((a) => `${a.question} ${a.answer}`).join(' '),
  };
}

/** A word of the query may be written as the projects write it ("Preis" → "Kosten"); fillers ("wer", "ein") drop out. */
function queryOf(words: readonly string[], combineWith: 'AND' | 'OR'): Query {
  return { combineWith, queries: words.map((word) => ({ combineWith: 'OR', queries: alternativesOf(word) })) };
}

export interface ProjectSearch {
  /** The projects that match the words, best first: all of them when possible, else any. */
  search(query: string): LibraryProject[];
}

export function projectSearch(projects: readonly LibraryProject[]): ProjectSearch {
  const index = new MiniSearch<Indexed>({
    fields: [...fields],
    processTerm: (term) => foldText(term) || null,
    searchOptions: { boost: boosts, fuzzy: 0.2, prefix: true },
  });
  index.addAll(projects.map(indexedOf));
  const byId = new Map(projects.map((project) => [project.standId, project]));
  return {
    search(query) {
      const words = meaningfulTerms(tokenize(query).map(foldText).filter(Boolean));
      if (words.length === 0) return [...projects];
      const all = index.search(queryOf(words, 'AND'));
      const hits = all.length > 0 ? all : index.search(queryOf(words, 'OR'));
      return hits.flatMap((hit) => byId.get(String(hit.id)) ?? []);
    },
  };
}
