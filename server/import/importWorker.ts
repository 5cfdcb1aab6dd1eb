import { parentPort } from 'node:worker_threads';
import { runExportJob, type ExportJob, type ProgrammeBasis } from './importJob.js';
import { runImportBody, type ImportBodyJob } from './importBody.js';

/**
 * An export names its programme by carrying it once: `basis` null means the programme the last
 * export task carried, so the three exports of one programme version cost one copy of it.
 */
export type WorkerTask =
  | { kind: 'import-body'; job: ImportBodyJob }
  | { kind: 'export'; job: ExportJob; basis: ProgrammeBasis | null };

let exportBasis: ProgrammeBasis | null = null;

function exported(job: ExportJob, basis: ProgrammeBasis | null): Uint8Array<ArrayBuffer> | null {
  exportBasis = basis ?? exportBasis;
  if (!exportBasis) throw new Error('an export named no programme');
  return runExportJob(job, exportBasis);
}

/** The import worker: imports and large exports, one at a time, answered with their id. */
parentPort?.on('message', (message: { id: number; task: WorkerTask }) => {
  try {
    const { task } = message;
    const result = task.kind === 'import-body' ? runImportBody(task.job) : exported(task.job, task.basis);
    // An export's bytes move to the main thread rather than being copied.
    parentPort?.postMessage({ id: message.id, result }, result instanceof Uint8Array ? [result.buffer] : []);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    parentPort?.postMessage({ id: message.id, error: text });
  }
});
