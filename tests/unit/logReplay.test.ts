import { describe, expect, it } from 'vitest';
import type { Change, ChangeDraft } from '../../shared/changes.js';
import { isVisibleIn } from '../../server/kernel/audience.js';
import { replayForView, type KeptWindow } from '../../server/kernel/logReplay.js';
import type { ChangeLog } from '../../server/kernel/store.js';
import { appendToLog } from '../../server/store/appendToLog.js';
import { newStore } from '../support/testServer.js';

const at = '2026-05-14T08:00:00.000Z';
const audiences = ['public', 'stand:a', 'stand:b', 'staff', 'internal'] as const;
const draft = (i: number): ChangeDraft => ({
  type: 'announcement:posted',
  audience: audiences[i % audiences.length]!,
  data: { announcement: { id: `n${i}`, level: 'info', text: `Nr. ${i}`, postedAt: at } },
});

/** Memory as the live state keeps it: the latest changes, and the view told of each once it is in place. */
function memory(retention: number) {
  let recent: Change[] = [];
  let seq = 0;
  const kept: KeptWindow = {
    seq: () => seq,
    generation: () => 0,
    after: (since) => (recent[0] && since >= recent[0].seq - 1 ? recent.filter((c) => c.seq > since) : recent.length === 0 && since >= seq ? [] : null),
  };
  return {
    kept,
    installed: null as ((change: Change) => void) | null,
    apply(changes: readonly Change[]) {
      for (const change of changes) {
        recent.push(change);
        seq = change.seq;
        this.installed?.(change);
      }
      if (recent.length > retention * 2) recent = recent.slice(-retention);
    },
  };
}

describe('reading a view from the log', () => {
  it.each([0, 1, 2, 3])('hands the view each change of its rooms once, in order, however they arrive (pattern %i)', async (pattern) => {
    const store = newStore();
    const mem = memory(4);
    for (let i = 0; i < 15_000; i += 1000) mem.apply(await appendToLog(store.log, Array.from({ length: 1000 }, (_, j) => draft(i + j)), at));
    let reads = 0;
    const foreign: Change[] = [];
    // Each read lets changes arrive as the pipeline brings them: decided here before they are
    // written, or written by another process before they are applied here.
    const log: ChangeLog = {
      ...store.log,
      async changesAfter(since, limit, wanted) {
        reads += 1;
        const drafts = [draft(reads * 7), draft(reads * 7 + 1)];
        if ((reads + pattern) % 2) {
          // A batch applies what other processes wrote before it decides (`missed`).
          mem.apply(foreign.splice(0));
          mem.apply(drafts.map((d, i) => ({ ...d, seq: mem.kept.seq() + 1 + i, at })));
          const read = await store.log.changesAfter(since, limit, wanted);
          await appendToLog(store.log, drafts, at);
          return read;
        }
        foreign.push(...(await appendToLog(store.log, drafts, at)));
        const read = await store.log.changesAfter(since, limit, wanted);
        // Applied here in the next turn, or (patterns 2, 3) a turn later, after the view is in place.
        const catchUp = () => mem.apply(foreign.splice(0));
        setImmediate(() => (pattern >= 2 ? setImmediate(catchUp) : catchUp()));
        return read;
      },
    };
    const rooms = new Set(['public', 'stand:a']);
    const seen: number[] = [];
    const apply = (change: Change) => void (isVisibleIn(change.audience, rooms) && seen.push(change.seq));
    const done = () => void (mem.installed = apply);
    expect(await replayForView(log, mem.kept, { audiences: ['public', 'stand:a'], apply, done })).toBe(true);
    await new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
    mem.apply(await appendToLog(store.log, [draft(0), draft(1)], at));
    const all = await store.log.changesAfter(0, 100_000);
    expect(reads).toBeGreaterThanOrEqual(2);
    expect(seen).toEqual(all.filter((c) => isVisibleIn(c.audience, rooms)).map((c) => c.seq));
  });
});
