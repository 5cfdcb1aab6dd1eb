import { parentPort } from 'node:worker_threads';
import { runExportJob, runImportJob, type ExportJob, type ImportJob } from './importJob.js';

export type WorkerTask = { kind: 'import'; job: ImportJob } | { kind: 'export'; job: ExportJob };

/** The import worker: imports and large exports, one at a time, answered with their id. */
parentPort?.on('message', (message: { id: number; task: WorkerTask }) => {
  try {
    const { task } = message;
    const result = task.kind === 'import' ? runImportJob(task.job) : runExportJob(task.job);
    parentPort?.postMessage({ id: message.id, result });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    parentPort?.postMessage({ id: message.id, error: text });
  }
});
