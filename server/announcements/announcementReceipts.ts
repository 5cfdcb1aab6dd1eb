import { z } from 'zod';

const receiptSchema = z.object({ announcementId: z.string().min(1).max(64) });

/**
 * Which devices have shown each announcement, in memory: a live figure for moderators, not a
 * record to keep. Counts go out to staff at most once per interval.
 */
export function createAnnouncementReceipts(deps: {
  intervalMs: number;
  isAnnouncement: (id: string) => boolean;
  publish: (counts: Record<string, number>) => void;
}) {
  const devices = new Map<string, Set<string>>();
  let timer: NodeJS.Timeout | null = null;

  const counts = () => Object.fromEntries([...devices].map(([id, set]) => [id, set.size]));
  function flush(): void {
    timer = null;
    deps.publish(counts());
  }

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
      timer ??= setTimeout(flush, deps.intervalMs);
    },
    stop(): void {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

export type AnnouncementReceipts = ReturnType<typeof createAnnouncementReceipts>;
