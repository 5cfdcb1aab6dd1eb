import { changesProgramme } from '../../shared/programmeImport.js';
import type { EventContext, SomeEventFeature } from '../kernel/feature.js';
import { createImportApplier, importElsewhere } from './importApplier.js';
import { importHandlers } from './importHandlers.js';
import { importBodyLimitBytes, importRoutes, type ImportRouteDeps } from './importRoutes.js';
import { createImportJournal, undoInterruptedImport } from './importUndo.js';
import { createImportWorker } from './importWorkerClient.js';

/**
 * Programme files in and out: the organizer's import (preview, then apply in slices, journalled
 * and undone when interrupted) and the public exports (frab XML, schedule JSON). `standEdits`:
 * the stands feature's marks of fields edited on screen, for the stands file's preview.
 */
export function programmeFilesFeature(event: EventContext, standEdits: ImportRouteDeps['standEdits']) {
  const journal = createImportJournal();
  const undo = { log: event.log, state: () => event.live.state(), journal, commit: event.commit };
  const imports = createImportApplier({ live: event.live, commit: event.commit, undo });
  const importWorker = createImportWorker();
  return {
    handlers: importHandlers,
    own: { imports },
    projections: [journal],
    // This process's own imports hold programme commands back before this (`hold`); another process's are seen here.
    refuseInBatch: (type) => (changesProgramme(type) && journal.unfinished() !== null ? importElsewhere : null),
    holdCommand: (type, run) => imports.hold(type, run),
    async start() {
      const undone = await undoInterruptedImport(undo);
      if (undone !== null) event.logger.warn({ changes: undone }, 'an import the server stopped in the middle of was undone; preview and apply it again');
    },
    stop: () => importWorker.close(),
    routes: [
      {
        path: '/api',
        routes: importRoutes({ dispatch: event.dispatch, live: event.live, importWorker, imports, standEdits }),
        largeBodies: { under: '/api/import/', maxBytes: importBodyLimitBytes },
      },
    ],
  } satisfies SomeEventFeature;
}
