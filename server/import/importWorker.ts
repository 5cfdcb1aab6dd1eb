import { parentPort } from 'node:worker_threads';
import { runImportJob, type ImportJob } from './importJob.js';

/** The import worker: one job at a time, answered with its id; a crash in a job answers as an issue. */
parentPort?.on('message', (message: { id: number; job: ImportJob }) => {
  try {
    parentPort?.postMessage({ id: message.id, result: runImportJob(message.job) });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    parentPort?.postMessage({ id: message.id, result: { ok: false, issues: [{ path: 'content', message: `the file could not be read: ${text}` }] } });
  }
});
