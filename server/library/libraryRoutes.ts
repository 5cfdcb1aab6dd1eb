import { Hono } from 'hono';
import { z } from 'zod';
import { limits } from '../../shared/limits.js';
import { mergeLibrary, type LibraryProject, type LibrarySource } from '../../shared/library.js';
import { projectSearch, type ProjectSearch } from '../../shared/projectSearch.js';
import { validate, type AppEnv } from '../kernel/http.js';

export interface LibrarySources {
  /** Every event of the series as attendees see it. */
  sources(): LibrarySource[];
  /** Changes with an event, its stands or a withdrawal: the index is built again at once. */
  version(): string;
  /** Changes with the questions, which every vote touches: the index follows within `answersLagMs`. */
  answersVersion(): string;
}

/** Building the index of a thousand projects takes about half a second: votes must not cause it per request. */
export const answersLagMs = 15_000;

/** `GET /api/library?q=…`: the series' projects that match the words, best first; without words, all by name. */
export function libraryRoutes(deps: LibrarySources, now: () => number): Hono<AppEnv> {
  let built: { version: string; answers: string; at: number; projects: LibraryProject[]; search: ProjectSearch<LibraryProject> } | null = null;
  const current = () => {
    const version = deps.version();
    const answers = deps.answersVersion();
    const stale = built === null || built.version !== version || (built.answers !== answers && now() - built.at >= answersLagMs);
    if (stale || !built) {
      const projects = mergeLibrary(deps.sources());
      built = { version, answers, at: now(), projects, search: projectSearch(projects) };
    }
    return built;
  };
  const routes = new Hono<AppEnv>();
  routes.get('/', validate('query', z.object({ q: z.string().max(limits.searchQuery).optional() })), (c) => {
    const q = c.req.valid('query').q?.trim() ?? '';
    const library = current();
    return c.json({ projects: q ? library.search.search(q) : library.projects });
  });
  return routes;
}
