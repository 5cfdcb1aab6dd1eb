import { searchProjects, type ProjectSearch, type SearchableProfile } from '../../../shared/projectSearch';
import { standsByName } from '../../../shared/standOrder';

/** What the directory searches in: a stand's profile, the fields a visitor remembers a stand by. */
export type SearchableStand = SearchableProfile;

/** The directory's stands in the library's search (shared/projectSearch.ts), in name order when nothing is asked. */
export function indexStands<T extends SearchableStand>(stands: readonly T[]): ProjectSearch<T> {
  return searchProjects(standsByName(stands), (stand) => ({ profile: stand, answers: [] }), { whenNoneHasAll: 'none' });
}

/** The stands that have every word of the query, best first; an empty query gives all stands by name. */
export function searchStands<T>(index: ProjectSearch<T>, query: string): T[] {
  return index.search(query);
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
