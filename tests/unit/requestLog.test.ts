import { describe, expect, it } from 'vitest';
import { loggedPath } from '../../server/kernel/requestLog.js';

describe('the path a request log line holds', () => {
  const secret = ['/api/drops/'];
  const mailbox = '0123456789abcdef0123456789abcdef';

  it('keeps a path without a secret, shortened to 200 characters', () => {
    expect(loggedPath('/api/snapshot', secret)).toBe('/api/snapshot');
    expect(loggedPath(`/x${'y'.repeat(300)}`, secret)).toHaveLength(200);
  });

  it('writes only the prefix below a path that names a secret, wherever it stands', () => {
    expect(loggedPath(`/api/drops/${mailbox}`, secret)).toBe('/api/drops/…');
    expect(loggedPath(`/2026-mai/api/drops/${mailbox}/more`, secret)).toBe('/2026-mai/api/drops/…');
    expect(loggedPath('/api/drops', secret)).toBe('/api/drops');
    expect(loggedPath(`/api/drops/${mailbox}`, [])).toContain(mailbox);
  });
});
