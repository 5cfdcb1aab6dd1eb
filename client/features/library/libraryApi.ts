import { limits } from '../../../shared/limits';
import { libraryReplySchema, type LibraryProject } from '../../../shared/library';
import { callApi, type ApiOutcome } from '../../sync/httpApi';

/** The series' projects matching `query` (best first), or all by name. The library is the series': no token. */
export function fetchLibrary(query = ''): Promise<ApiOutcome<LibraryProject[]>> {
  const path = query.trim() ? `/api/library?q=${encodeURIComponent(query.trim().slice(0, limits.searchQuery))}` : '/api/library';
  return callApi(path, {}, libraryReplySchema, { withToken: false }).then((outcome) => (outcome.ok ? { ok: true, value: outcome.value.projects } : outcome));
}
