import { Hono } from 'hono';
import { z } from 'zod';
import { mergeLibrary, type LibraryProject, type LibrarySource } from '../../shared/library.js';
import { projectSearch, type ProjectSearch } from '../../shared/projectSearch.js';
import { validate, type AppEnv } from '../kernel/http.js';

export interface LibrarySources {
  /** Every event of the series as attendees see it. */
  sources(): LibrarySource[];
  /** Changes whenever one of them changes (their seqs): the index is built again only then. */
  version(): string;
}

/** `GET /api/library?q=…`: the series' projects that match the words, best first; without words, all by name. */
export function libraryRoutes(deps: LibrarySources): Hono<AppEnv> {
  let built: { version: string; projects: LibraryProject[]; search: ProjectSearch } | null = null;
  const current = () => {
    const version = deps.version();
    if (built?.version !== version) {
      const projects = mergeLibrary(deps.sources());
      built = { version, projects, search: projectSearch(projects) };
    }
    return built;
  };
  const routes = new Hono<AppEnv>();
  routes.get('/', validate('query', z.object({ q: z.string().max(200).optional() })), (c) => {
    const q = c.req.valid('query').q?.trim() ?? '';
    const library = current();
    return c.json({ projects: q ? library.search.search(q) : library.projects });
  });
  return routes;
}
