import { Worker } from 'node:worker_threads';
import type { ExportJob, ImportJob, ImportJobResult } from './importJob.js';
import type { WorkerTask } from './importWorker.js';

/**
 * Imports and exports run in a worker thread: parsing, normalising and diffing 5,000 sessions,
 * or writing them as XML or iCalendar, takes seconds of CPU, and on the main thread every phone
 * and every request would wait for it. The worker starts on first use and does not keep the
 * process alive.
 */
export interface ImportWorker {
  run(job: ImportJob): Promise<ImportJobResult>;
  export(job: ExportJob): Promise<string | null>;
  close(): Promise<void>;
}

/** Source files run under tsx (npm start, tests) and go through a boot file that registers it; a build runs the .js. */
function workerUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './importWorkerBoot.mjs' : './importWorker.js', import.meta.url);
}

interface Waiting {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

export function createImportWorker(): ImportWorker {
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<number, Waiting>();

  function failAll(error: Error): void {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
    worker = null;
  }

  function started(): Worker {
    if (worker) return worker;
    const fresh = new Worker(workerUrl());
    fresh.unref();
    fresh.on('message', (message: { id: number; result?: unknown; error?: string }) => {
      const job = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.error !== undefined) job?.reject(new Error(message.error));
      else job?.resolve(message.result);
    });
    fresh.on('error', (error) => failAll(error));
    fresh.on('exit', (code) => failAll(new Error(`import worker stopped (${code})`)));
    worker = fresh;
    return fresh;
  }

  // The worker answers in the shape its task kind gives; the two typed methods below name it.
  const send = (task: WorkerTask) =>
    new Promise<unknown>((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, { resolve, reject });
      started().postMessage({ id, task });
    });

  return {
    run: async (job) => {
      try {
        return (await send({ kind: 'import', job })) as ImportJobResult;
      } catch (error) {
        const message = `the file could not be read: ${error instanceof Error ? error.message : String(error)}`;
        return { ok: false, issues: [{ path: 'content', message }] };
      }
    },
    export: async (job) => (await send({ kind: 'export', job })) as string | null,
    close: async () => {
      const running = worker;
      worker = null;
      await running?.terminate();
    },
  };
}
