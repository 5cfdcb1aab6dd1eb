import { Device, SioSocket } from './device.js';
import { LightSocket } from './lightSocket.js';
import { emitEvent, serveRpc } from './procs.js';
import { now, pool, sendSpread, sleep } from './stats.js';
import { pollVote, type PollVoteArgs } from './pollsLoad.js';

/**
 * A load-generating process (pinned by the parent): holds a share of the devices, records when
 * each one receives each change, and reports. Times are CLOCK_MONOTONIC ms (`now`).
 */
let devices: Device[] = [];
let url = '';
let phase: { expect: number; times: Float64Array; done: Int32Array; counts: Int32Array } | null = null;

const addressOf = (index: number, spread: number) => `127.0.0.${1 + (index % spread)}`;

function cpuUs(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/** Each device's k-th change in a phase is the k-th trigger: the parent sends the next only when all have it. */
function onChange(device: Device, position: number): void {
  if (!phase) return;
  const k = phase.counts[position]!++;
  if (k >= phase.expect) return;
  phase.times[k * devices.length + position] = now();
  if (++phase.done[k]! === devices.length) emitEvent('all', { k });
}

async function connectAll(list: Device[], auth: Record<string, unknown> = {}): Promise<number> {
  let failed = 0;
  await pool(list, 100, async (device) => {
    await device.connect(url, auth).catch(() => (failed += 1));
  });
  return failed;
}

serveRpc({
  connect: async (args: { url: string; from: number; count: number; spread: number; client?: 'light' | 'sio' }) => {
    url = args.url;
    const make = args.client === 'sio' ? () => new SioSocket() : () => new LightSocket();
    devices = Array.from({ length: args.count }, (_, i) => new Device(args.from + i, addressOf(args.from + i, args.spread), make));
    devices.forEach((device, position) => (device.onChange = () => onChange(device, position)));
    const start = now();
    // Like phones reopening the app: the first fetches a snapshot, the others resume from it.
    const [first, ...rest] = devices;
    if (!first) return { failed: 0, ms: 0 };
    const failedFirst = await connectAll([first]);
    rest.forEach((device) => ((device.state = first.state), (device.lastSeq = first.lastSeq)));
    const failed = failedFirst + (await connectAll(rest));
    return { failed, ms: now() - start };
  },
  disconnect: async () => {
    await Promise.all(devices.map((d) => d.socket.close()));
  },
  phaseStart: ({ expect }: { expect: number }) => {
    phase = {
      expect,
      times: new Float64Array(expect * devices.length).fill(NaN),
      done: new Int32Array(expect),
      counts: new Int32Array(devices.length),
    };
    return { cpuUs: cpuUs() };
  },
  phaseEnd: () => {
    const result = { times: phase?.times, cpuUs: cpuUs() };
    phase = null;
    return result;
  },
  cpu: () => ({ cpuUs: cpuUs() }),
  /** Full collections, so one session's garbage does not pause the next one's measurements. */
  gc: () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    gc?.();
  },
  /** Everyone reconnects, spread evenly over `spreadMs` from `startAt`, with its last seq or none. */
  storm: async (args: { startAt: number; spreadMs: number; total: number; targetSeq: number; fresh: boolean }) => {
    const n = devices.length;
    const starts = new Float64Array(n);
    const converged = new Float64Array(n).fill(NaN);
    const bytes = new Float64Array(n);
    const cpuBefore = cpuUs();
    await Promise.all(
      devices.map(async (device, i) => {
        await sleep(Math.max(0, args.startAt + (device.index / args.total) * args.spreadMs - now()));
        starts[i] = now();
        try {
          await device.reconnect(url, args.fresh ? null : device.lastSeq);
          // At or past the target: changes arrive in order, so the device has every one up to it.
          if ((device.lastSeq ?? -1) >= args.targetSeq) converged[i] = now();
          bytes[i] = device.socket.bytesIn;
        } catch {
          // counted as not converged
        }
      }),
    );
    return { starts, converged, bytes, cpuUs: cpuUs() - cpuBefore };
  },
  /** The first `count` devices each ask `perDevice` questions, one after the other, all at once. */
  ask: async (args: { count: number; perDevice: number; sessionId: string; startAt: number }) => {
    await sleep(Math.max(0, args.startAt - now()));
    let acked = 0;
    let lastAck = 0;
    const text = 'Wie lässt sich das in einer kleinen Gemeinde ohne eigene IT-Abteilung umsetzen?';
    await Promise.all(
      devices.slice(0, args.count).map(async (device) => {
        for (let q = 0; q < args.perDevice; q += 1) {
          const questionId = crypto.randomUUID();
          const target = { kind: 'session', id: args.sessionId };
          const result = await device.command('question:ask', { questionId, target, text }).catch(() => ({ ok: false }));
          if (result.ok) acked += 1;
          lastAck = now();
        }
      }),
    );
    return { acked, lastAck };
  },
  /** Voters vote once each, spread over `spreadMs`; every device watches for the final count. */
  vote: async (args: { voters: number; questionId: string; startAt: number; spreadMs: number; final: number }) => {
    const seen = new Float64Array(devices.length).fill(NaN);
    let voteMessages = 0;
    devices.forEach((device, i) => {
      device.onChange = (_d, change) => {
        if (change.type !== 'question:votes-counted') return;
        voteMessages += 1;
        if (change.data.votes[args.questionId] === args.final && Number.isNaN(seen[i]!)) seen[i] = now();
      };
    });
    const { lastSent, acked } = await sendSpread(devices, { ...args, total: args.voters }, (device) =>
      device.command('question:vote', { questionId: args.questionId, up: true }),
    );
    const deadline = now() + 5000;
    while (seen.some(Number.isNaN) && now() < deadline) await sleep(20);
    await sleep(300); // a count sent after the final one (a flush is 250 ms) still counts
    devices.forEach((device, position) => (device.onChange = () => onChange(device, position)));
    return { seen, lastSent, acked, voteMessages };
  },
  /** Poll voters answer once each, spread over `spreadMs`; every device counts the poll messages it gets. */
  pollVote: (args: PollVoteArgs) => pollVote(devices, args, (device, position) => onChange(device, position)),
});

emitEvent('ready');
