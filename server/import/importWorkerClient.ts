import { Worker } from 'node:worker_threads';
import type { ExportJob, ProgrammeBasis } from './importJob.js';
import type { WorkerTask } from './importWorker.js';
import type { ImportBodyJob, ImportBodyResult } from './importBody.js';

/**
 * Imports and exports run in a worker thread: parsing, normalising and diffing 5,000 sessions,
 * or writing them as XML or iCalendar, takes seconds of CPU, and on the main thread every phone
 * and every request would wait for it. The worker starts on first use and does not keep the
 * process alive.
 */
export interface ImportWorker {
  /** An import request's raw body, checked and read in the worker; the bytes move there (the buffer is emptied). */
  read(job: ImportBodyJob): Promise<ImportBodyResult>;
  /**
   * An export's UTF-8 bytes, or null when there is nothing to export. The basis crosses to the
   * worker only when it is not the object the last export passed: pass the same object while the
   * programme stays the same, and several exports of it cost one copy.
   */
  export(job: ExportJob, basis: ProgrammeBasis): Promise<Uint8Array<ArrayBuffer> | null>;
  close(): Promise<void>;
}

/** Source files run under tsx (npm start, tests) and go through a boot file that registers it; a build runs the .js. */
function workerUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './importWorkerBoot.mjs' : './importWorker.js', import.meta.url);
}

/** Bytes as an export's answer crosses: a typed array over a plain (transferred) buffer. */
function isBytes(value: unknown): value is Uint8Array<ArrayBuffer> {
  return value instanceof Uint8Array && value.buffer instanceof ArrayBuffer;
}

interface Waiting {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

export function createImportWorker(): ImportWorker {
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<number, Waiting>();
  /** The programme the running worker holds for exports, or null (none yet, or a new worker). */
  let exportBasis: ProgrammeBasis | null = null;

  function failAll(error: Error): void {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
    worker = null;
    exportBasis = null;
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

  /**
   * The worker answers in the shape its task kind gives; the two typed methods below name it.
   * Throws at once when the task cannot be posted, so the caller knows the worker never got it.
   */
  function send(task: WorkerTask, transfer: ArrayBuffer[] = []): Promise<unknown> {
    const id = ++nextId;
    const answer = new Promise<unknown>((resolve, reject) => waiting.set(id, { resolve, reject }));
    try {
      started().postMessage({ id, task }, transfer);
    } catch (error) {
      waiting.delete(id);
      throw error;
    }
    return answer;
  }

  return {
    read: async (job) => {
      try {
        return (await send({ kind: 'import-body', job }, [job.body])) as ImportBodyResult;
      } catch (error) {
        const message = `the file could not be read: ${error instanceof Error ? error.message : String(error)}`;
        return { ok: false, issues: [{ path: 'content', message }] };
      }
    },
    export: async (job, basis) => {
      const answer = send({ kind: 'export', job, basis: basis === exportBasis ? null : basis });
      // Posted: the worker holds it for the tasks after this one, as messages arrive in order.
      exportBasis = basis;
      const result = await answer;
      if (result === null || isBytes(result)) return result;
      throw new Error('the import worker answered an export with something other than bytes');
    },
    close: async () => {
      const running = worker;
      worker = null;
      exportBasis = null;
      await running?.terminate();
    },
  };
}
