import { describe, expect, it } from 'vitest';
import { hasStrace } from '../chaos/chaosServer.js';
import { runChaos } from '../chaos/chaosRun.js';

describe('chaos battery, small', () => {
  it('30 phones, 3 kill -9, an fsync failure, 2 phones that stop reading and a full disk: nothing acknowledged lost or doubled, every count right', async () => {
    expect(hasStrace).toBe(true);
    const report = await runChaos({ devices: 30, kills: 3, asksPerDevice: 2, votesPerDevice: 3, faults: true, slowReaders: 2, slowReaderSyncs: 1000, fullDisk: true });
    console.log(JSON.stringify(report));
    expect(report).toMatchObject({ lost: 0, duplicated: 0, vote_counts_wrong: 0, unexpected_exits: 0, restarts: 3, fsync_faults: 1 });
    expect(report).toMatchObject({ slow_readers: 2, slow_readers_ended: 2, ready_during_full_disk: 503, internal_answers: 0 });
    // 2 questions each, and 20 asked while the disk was full: sent again until kept.
    expect(report.acked).toBe(80);
    expect(report.present).toBe(80);
    expect(report.votes_acked).toBeGreaterThan(0);
  }, 240_000);
});
