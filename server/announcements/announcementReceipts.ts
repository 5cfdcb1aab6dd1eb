import { z } from 'zod';
import type { SharedReceipts } from '../kernel/store.js';
import { sameJson } from '../../shared/jsonEquality.js';

const receiptSchema = z.object({ announcementId: z.string().min(1).max(64) });

/**
 * Which devices have shown each announcement, in memory: a live figure for moderators, not a
 * record to keep. Counts go out to staff at most once per interval.
 */
export function createAnnouncementReceipts(deps: {
  intervalMs: number;
  isAnnouncement: (id: string) => boolean;
  publish: (counts: Record<string, number>) => void;
  /** Several processes: receipts go to the database and the counts staff see are the sums of all. */
  shared?: SharedReceipts;
}) {
  const devices = new Map<string, Set<string>>();
  let timer: NodeJS.Timeout | null = null;
  let pending: { announcementId: string; deviceKey: string }[] = [];
  let sums: Record<string, number> | null = null;

  const counts = () => sums ?? Object.fromEntries([...devices].map(([id, set]) => [id, set.size]));
  function flush(): void {
    timer = null;
    deps.publish(counts());
  }

  // Other processes' phones count too, so the sums are read each interval, not only after a receipt here.
  async function exchange(shared: SharedReceipts): Promise<void> {
    const sending = pending;
    pending = [];
    try {
      await shared.add(sending);
      const read = await shared.counts();
      if (!sameJson(read, sums)) deps.publish((sums = read));
    } catch {
      pending = [...sending, ...pending]; // the database is away: sent with the next exchange
    }
  }
  const { shared } = deps;
  const exchangeTimer = shared ? setInterval(() => void exchange(shared), deps.intervalMs) : null;
  exchangeTimer?.unref();

  return {
    counts,
    record(raw: unknown, deviceKey: string): void {
      const parsed = receiptSchema.safeParse(raw);
      if (!parsed.success || !deps.isAnnouncement(parsed.data.announcementId)) return;
      const id = parsed.data.announcementId;
      let set = devices.get(id);
      if (!set) devices.set(id, (set = new Set()));
      if (set.has(deviceKey)) return;
      set.add(deviceKey);
      if (deps.shared) pending.push({ announcementId: id, deviceKey });
      else timer ??= setTimeout(flush, deps.intervalMs);
    },
    stop(): void {
      if (timer) clearTimeout(timer);
      if (exchangeTimer) clearInterval(exchangeTimer);
      timer = null;
    },
  };
}

export type AnnouncementReceipts = ReturnType<typeof createAnnouncementReceipts>;
