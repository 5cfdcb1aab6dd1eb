import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteServerTime, serverNow } from '../../client/sync/clock.js';

afterEach(() => vi.useRealTimers());

describe('server clock on the phone', () => {
  it("shows the server's now although the phone's clock is two hours wrong", () => {
    const serverTime = Date.parse('2026-05-14T08:40:00Z');
    vi.useFakeTimers({ now: serverTime - 2 * 3600_000 });
    const sentAt = Date.now();
    // 200 ms round trip: the server read its clock halfway.
    vi.setSystemTime(sentAt + 200);
    noteServerTime(serverTime + 100, sentAt, Date.now());
    expect(serverNow()).toBe(serverTime + 200);
  });

  it('ignores a reading that is not a number', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    noteServerTime(5_000_000, 1_000_000, 1_000_000);
    noteServerTime(Number.NaN, 1_000_000, 1_000_000);
    expect(serverNow()).toBe(5_000_000);
  });
});
