import { Worker } from 'node:worker_threads';
import type { ImportJob, ImportJobResult } from './importJob.js';

/**
 * Imports run in a worker thread: parsing, normalising and diffing 5,000 sessions takes seconds
 * of CPU, and on the main thread every phone and every request would wait for it. The worker is
 * started on first use and does not keep the process alive.
 */
export interface ImportWorker {
  run(job: ImportJob): Promise<ImportJobResult>;
  close(): Promise<void>;
}

/** Source files run under tsx (npm start, tests) and go through a boot file that registers it; a build runs the .js. */
function workerUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './importWorkerBoot.mjs' : './importWorker.js', import.meta.url);
}

export function createImportWorker(): ImportWorker {
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (result: ImportJobResult) => void; reject: (error: Error) => void }>();

  function failAll(error: Error): void {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
    worker = null;
  }

  function started(): Worker {
    if (worker) return worker;
    const fresh = new Worker(workerUrl());
    fresh.unref();
    fresh.on('message', (message: { id: number; result: ImportJobResult }) => {
      const job = waiting.get(message.id);
      waiting.delete(message.id);
      job?.resolve(message.result);
    });
    fresh.on('error', (error) => failAll(error));
    fresh.on('exit', (code) => failAll(new Error(`import worker stopped (${code})`)));
    worker = fresh;
    return fresh;
  }

  return {
    run: (job) =>
      new Promise((resolve, reject) => {
        const id = ++nextId;
        waiting.set(id, { resolve, reject });
        started().postMessage({ id, job });
      }),
    close: async () => {
      const running = worker;
      worker = null;
      await running?.terminate();
    },
  };
}
