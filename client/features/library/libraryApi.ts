import { z } from 'zod';
import { limits } from '../../../shared/limits';
import { libraryReplySchema, type LibraryProject } from '../../../shared/library';
import { commandOf } from '../../../shared/protocol';
import { callApi, postJson, type ApiOutcome } from '../../sync/httpApi';
import { uuid } from '../../sync/uuid';

/** The series' projects matching `query` (best first), or all by name. The library is the series': no token. */
export function fetchLibrary(query = ''): Promise<ApiOutcome<LibraryProject[]>> {
  const path = query.trim() ? `/api/library?q=${encodeURIComponent(query.trim().slice(0, limits.searchQuery))}` : '/api/library';
  return callApi(path, {}, libraryReplySchema, { withToken: false }).then((outcome) => (outcome.ok ? { ok: true, value: outcome.value.projects } : outcome));
}

const acceptedSchema = z.object({ ok: z.literal(true) });

/**
 * Takes a project out of the library or puts it back, at the latest date that showed it: the
 * organizer's code works at every date, also a past one, and across dates the latest word counts.
 */
export function setWithdrawn(project: LibraryProject, withdrawn: boolean): Promise<ApiOutcome<unknown>> {
  const command = commandOf(uuid(), 'library:withdraw', { standId: project.standId, withdrawn });
  const latest = project.shown.at(-1)?.slug;
  return callApi('/api/commands', postJson(command), acceptedSchema, latest ? { event: latest } : {});
}
