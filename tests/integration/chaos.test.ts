import { describe, expect, it } from 'vitest';
import { hasStrace } from '../chaos/chaosServer.js';
import { runChaos } from '../chaos/chaosRun.js';

describe('chaos battery, small', () => {
  it('30 phones, 3 kill -9 and an fsync failure: nothing acknowledged lost or doubled, every count right', async () => {
    expect(hasStrace).toBe(true);
    const report = await runChaos({ devices: 30, kills: 3, asksPerDevice: 2, votesPerDevice: 3, faults: true });
    console.log(JSON.stringify(report));
    expect(report).toMatchObject({ lost: 0, duplicated: 0, vote_counts_wrong: 0, unexpected_exits: 0, restarts: 3, fsync_faults: 1 });
    expect(report.acked).toBe(60);
    expect(report.present).toBe(60);
    expect(report.votes_acked).toBeGreaterThan(0);
  }, 240_000);
});
