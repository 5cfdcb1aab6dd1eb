import { describe, expect, it } from 'vitest';
import { loadDemoStands } from '../../server/demo/loadDemoEvent.js';
import { maxPayloadDepth, payloadDepthIssue } from '../../server/kernel/payloadDepth.js';

/** `levels` arrays, one inside the other. */
function nested(levels: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < levels; i++) value = [value];
  return value;
}

describe('the payload depth bound', () => {
  it('lets through the deepest real payload, a stands file with polygon points', () => {
    expect(payloadDepthIssue(loadDemoStands())).toBeNull();
    expect(payloadDepthIssue({ text: 'Hallo', n: 1, none: null })).toBeNull();
  });

  it('takes exactly maxPayloadDepth levels and refuses one more', () => {
    expect(payloadDepthIssue(nested(maxPayloadDepth))).toBeNull();
    expect(payloadDepthIssue(nested(maxPayloadDepth + 1))).toMatchObject({ path: 'payload' });
  });

  it('refuses 100,000 levels in an extra key without overflowing itself', () => {
    expect(payloadDepthIssue({ level: 'info', extra: nested(100_000) })).toMatchObject({ path: 'payload' });
  });
});
