import { ready, startChild, type Rpc } from './procs.js';
import { LightSocket } from './lightSocket.js';
import { schemaVersion } from '../../shared/publicState.js';
import { now } from './stats.js';
import { socketEvents } from '../../shared/events.js';

/** The server under test runs on core 0; load generators and this process share core 1. */
export const serverCore = 0;
export const clientCore = 1;
/** Source addresses the devices spread over (127.0.0.1 … 127.0.0.8): eight times the ephemeral ports. */
export const addressSpread = 8;

export type Variant = 'app' | 'app-self' | 'bare-socketio' | 'bare-ws';

export interface ServerUnderTest {
  rpc: Rpc;
  url: string;
  moderatorToken?: string;
  cpuUs(): Promise<number>;
  stop(): Promise<void>;
}

export async function startServer(variant: Variant | 'sqlite', extra: string[] = [], core = serverCore): Promise<ServerUnderTest> {
  const name = variant === 'app-self' ? 'app' : variant;
  // BENCH_SERVER_FLAGS="--cpu-prof --cpu-prof-dir=tests/bench/results/prof" profiles the servers.
  const flags = process.env.BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? [];
  const rpc = startChild('./benchServer.ts', ['--variant', name, ...extra], core, flags);
  const info = await ready<{ port?: number; moderatorToken?: string }>(rpc);
  return {
    rpc,
    url: `http://127.0.0.1:${info.port ?? 0}`,
    moderatorToken: info.moderatorToken,
    cpuUs: async () => (await rpc.call<{ cpuUs: number }>('cpu')).cpuUs,
    stop: () => rpc.stop(),
  };
}

/** The load generators: each holds a contiguous share of the devices. */
export class Generators {
  private shares: { from: number; count: number }[] = [];
  private waiters = new Map<number, { left: number; resolve: () => void }>();

  private constructor(readonly rpcs: Rpc[]) {
    for (const rpc of rpcs) {
      rpc.onEvent = (message) => {
        if (message.event !== 'all') return;
        const waiter = this.waiters.get(message.k as number);
        if (waiter && --waiter.left === 0) waiter.resolve();
      };
    }
  }

  static async start(count: number): Promise<Generators> {
    const flags = process.env.BENCH_GEN_FLAGS?.split(' ').filter(Boolean) ?? [];
    const rpcs = Array.from({ length: count }, () => startChild('./loadGen.ts', [], clientCore, flags));
    await Promise.all(rpcs.map((rpc) => ready(rpc)));
    return new Generators(rpcs);
  }

  get n(): number {
    return this.shares.reduce((sum, s) => sum + s.count, 0);
  }

  /** Calls every generator with its own arguments; resolves with their answers in order. */
  all<T>(cmd: string, args: (i: number, share: { from: number; count: number }) => unknown, timeoutMs?: number): Promise<T[]> {
    return Promise.all(this.rpcs.map((rpc, i) => rpc.call<T>(cmd, args(i, this.shares[i] ?? { from: 0, count: 0 }), timeoutMs)));
  }

  /** With several URLs (server processes), generator i connects its devices to `url[i % length]`. */
  async connect(url: string | string[], n: number, client: 'light' | 'sio' = 'light'): Promise<{ failed: number; ms: number }> {
    const per = Math.ceil(n / this.rpcs.length);
    const urls = [url].flat();
    this.shares = this.rpcs.map((_, i) => ({ from: i * per, count: Math.max(0, Math.min(per, n - i * per)) }));
    const results = await this.all<{ failed: number; ms: number }>('connect', (i, share) => ({ url: urls[i % urls.length], ...share, spread: addressSpread, client }), 600_000);
    return { failed: results.reduce((s, r) => s + r.failed, 0), ms: Math.max(...results.map((r) => r.ms)) };
  }

  disconnect(): Promise<unknown> {
    return this.all('disconnect', () => undefined);
  }

  /** Resolves when every generator reports that all its devices have the k-th change. */
  allReceived(k: number, timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => (this.waiters.delete(k), resolve(false)), timeoutMs);
      const live = this.shares.filter((s) => s.count > 0).length;
      this.waiters.set(k, { left: live, resolve: () => (clearTimeout(timer), this.waiters.delete(k), resolve(true)) });
    });
  }

  cpuUs(): Promise<number[]> {
    return this.all<{ cpuUs: number }>('cpu', () => undefined).then((r) => r.map((x) => x.cpuUs));
  }

  stop(): Promise<unknown> {
    return Promise.all(this.rpcs.map((rpc) => rpc.stop()));
  }
}

/** The moderator's device (this process): sends the commands whose delivery is measured. */
export async function connectModerator(server: ServerUnderTest): Promise<LightSocket> {
  const socket = new LightSocket();
  await socket.connect(server.url, { auth: server.moderatorToken ? { token: server.moderatorToken } : {} });
  await socket.emitWithAck(socketEvents.sync, { lastSeq: null, schemaVersion });
  return socket;
}

/** Client CPU as a share of one core over a window, summed over the generators (they share a core). */
export function cpuShare(before: number[], after: number[], startMs: number): number {
  const used = after.reduce((sum, a, i) => sum + a - (before[i] ?? 0), 0) / 1000;
  return (100 * used) / Math.max(1, now() - startMs);
}
