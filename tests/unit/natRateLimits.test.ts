import { describe, expect, it } from 'vitest';
import { createRateLimits, defaultRateLimits } from '../../server/kernel/rateLimits.js';
import type { Actor } from '../../shared/roles.js';
import { createSyncBudget } from '../../server/kernel/syncBudget.js';

describe('rate limits for a hall behind one NAT address (defect 5)', () => {
  it('never refuse an honest phone while 500 others at the same address use their whole budget', async () => {
    const check = createRateLimits(defaultRateLimits);
    const phone = (n: number): Actor => ({ role: 'attendee', deviceId: `phone-${n}`, address: '203.0.113.7' });
    const [asks] = defaultRateLimits.askPerDevice;
    const [votes] = defaultRateLimits.votePerDevice;
    let refused = 0;
    for (let n = 0; n < 500; n++) {
      for (let i = 0; i < asks; i++) if (await check(phone(n), 'question:ask')) refused++;
      for (let i = 0; i < votes; i++) if (await check(phone(n), 'question:vote')) refused++;
    }
    expect(refused).toBe(0);
    const honest = phone(500);
    expect(await check(honest, 'question:ask')).toBeNull();
    expect(await check(honest, 'question:vote')).toBeNull();
    // Its own limit still holds.
    for (let i = 1; i < asks; i++) await check(honest, 'question:ask');
    expect(await check(honest, 'question:ask')).toMatchObject({ retryAfterMs: expect.any(Number) });
  });
});

describe('staff commands are limited per token (issue 28 item 7)', () => {
  it('refuses a token over its budget with a wait, and leaves another token and attendees alone', async () => {
    const check = createRateLimits({ ...defaultRateLimits, staffPerToken: [3, 60] });
    const script: Actor = { role: 'moderator', tokenId: 'script', address: '203.0.113.7' };
    for (let i = 0; i < 3; i++) expect(await check(script, 'announcement:post')).toBeNull();
    expect(await check(script, 'announcement:post')).toMatchObject({ retryAfterMs: expect.any(Number) });
    expect(await check(script, 'question:approve')).toMatchObject({ retryAfterMs: expect.any(Number) });
    expect(await check({ role: 'moderator', tokenId: 'colleague', address: '203.0.113.7' }, 'announcement:post')).toBeNull();
    expect(await check({ role: 'attendee', deviceId: 'phone', address: '203.0.113.7' }, 'question:ask')).toBeNull();
  });
});

describe('the catch-up budget (issue 28 items 5 and 6)', () => {
  it('counts per device across sockets and routes, per address across devices, and serves when a shared limiter is away', async () => {
    const check = createSyncBudget({ syncPerDevice: [2, 60], syncPerAddress: [3, 60] });
    const phone = (id: string): Actor => ({ role: 'attendee', deviceId: id, address: '203.0.113.7' });
    expect(await check(phone('a'))).toBeNull();
    expect(await check(phone('a'))).toBeNull();
    expect(await check(phone('a'))).toMatchObject({ retryAfterMs: expect.any(Number) });
    expect(await check(phone('b'))).toBeNull(); // the address's third
    expect(await check(phone('c'))).toMatchObject({ retryAfterMs: expect.any(Number) }); // its fourth, a new device's first
    expect(await check({ ...phone('d'), address: '198.51.100.1' })).toBeNull();
    const away = createSyncBudget(defaultRateLimits, () => ({ consume: () => Promise.reject(new Error('connection refused')) }));
    expect(await away(phone('a'))).toBeNull();
  });
});
