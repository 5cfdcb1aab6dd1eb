import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Child processes of the benchmark, pinned to a core, and a small request/response protocol over
 * the IPC channel ('advanced' serialisation, so typed arrays cross cheaply).
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
export const hasTaskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

export type Handler = (args: never) => unknown;

export interface Rpc {
  child: ChildProcess;
  call<T = unknown>(cmd: string, args?: unknown, timeoutMs?: number): Promise<T>;
  /** Unsolicited messages from the child ({ event, ... }). */
  onEvent: (message: { event: string; [key: string]: unknown }) => void;
  stop(): Promise<void>;
}

/** Pins this process (all threads) to a core. */
/** Pins this process and what it starts from now on to a core or a list ("0,1"). */
export function pinSelf(core: number | string): void {
  if (hasTaskset) spawnSync('taskset', ['-a', '-p', '-c', String(core), String(process.pid)]);
}

export function startChild(file: string, args: string[], core: number, nodeFlags: string[] = []): Rpc {
  const script = fileURLToPath(new URL(file, import.meta.url));
  const node = [process.execPath, '--expose-gc', ...nodeFlags, '--import', 'tsx', script, ...args];
  const [command, ...rest] = hasTaskset ? ['taskset', '-c', String(core), ...node] : node;
  const child = spawn(command!, rest, { cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  const rpc: Rpc = {
    child,
    onEvent: () => {},
    call<T>(cmd: string, callArgs?: unknown, timeoutMs = 120_000) {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${file} ${cmd}: timeout`)), timeoutMs);
        pending.set(id, {
          resolve: (value) => (clearTimeout(timer), resolve(value as T)),
          reject: (error) => (clearTimeout(timer), reject(error)),
        });
        child.send({ id, cmd, args: callArgs });
      });
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      // A clean exit first (profiles get written), a kill if it hangs.
      const kill = setTimeout(() => child.kill('SIGKILL'), 3000);
      if (child.connected) child.send({ id: -1, cmd: 'exit' });
      else child.kill('SIGKILL');
      await exited;
      clearTimeout(kill);
    },
  };
  child.on('message', (raw) => {
    const message = raw as { id?: number; result?: unknown; error?: string; event?: string };
    if (message.event) return rpc.onEvent(message as { event: string });
    const waiter = pending.get(message.id ?? -1);
    pending.delete(message.id ?? -1);
    if (message.error !== undefined) waiter?.reject(new Error(message.error));
    else waiter?.resolve(message.result);
  });
  child.once('exit', (code, signal) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`${file} exited (${code ?? signal})`));
    pending.clear();
  });
  return rpc;
}

/** The child's side: answers requests with the named handlers. */
export function serveRpc(handlers: Record<string, (args: never) => unknown>): void {
  process.on('message', (raw) => {
    const { id, cmd, args } = raw as { id: number; cmd: string; args: never };
    if (cmd === 'exit') process.exit(0);
    const handler = handlers[cmd];
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`unknown command ${cmd}`);
        return handler(args);
      })
      .then(
        (result) => process.send?.({ id, result }),
        (error: unknown) => process.send?.({ id, error: error instanceof Error ? error.message : String(error) }),
      );
  });
  process.on('disconnect', () => process.exit(0));
}

export function emitEvent(event: string, data: Record<string, unknown> = {}): void {
  process.send?.({ event, ...data });
}

/** Waits for the child's first message, sent when it is ready. */
export function ready<T>(rpc: Rpc, timeoutMs = 60_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('child did not start')), timeoutMs);
    const previous = rpc.onEvent;
    rpc.onEvent = (message) => {
      if (message.event !== 'ready') return previous(message);
      clearTimeout(timer);
      rpc.onEvent = previous;
      resolve(message as T);
    };
    rpc.child.once('exit', (code) => reject(new Error(`child exited before ready (${code})`)));
  });
}
