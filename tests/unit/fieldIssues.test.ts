import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { payloadSchemas } from '../../shared/commands.js';
import { commandError, issuesOf } from '../../shared/errors.js';

describe('the fields a refused command names', () => {
  it('are the wrong fields of the payload, by path, with the message of each', () => {
    const parsed = payloadSchemas['question:ask'].safeParse({ questionId: 'nope', target: { kind: 'session', id: 'eroeffnung' }, text: '' });
    expect(parsed.success).toBe(false);
    const issues = issuesOf(parsed.error!, 'payload');
    expect(issues.map((i) => i.path).sort()).toEqual(['payload.questionId', 'payload.text']);
    expect(issues.every((i) => i.message.length > 0)).toBe(true);
  });

  it('name nested places without a prefix, and at most twenty of them', () => {
    const parsed = z.object({ rows: z.array(z.number()) }).safeParse({ rows: Array.from({ length: 30 }, () => 'x') });
    const issues = issuesOf(parsed.error!);
    expect(issues).toHaveLength(20);
    expect(issues[0]?.path).toBe('rows.0');
  });

  it('travel in a typed error beside its code and a fixed message', () => {
    const refused = commandError('invalid_command', { issues: [{ path: 'payload.text', message: 'too short' }] });
    expect(refused).toEqual({ ok: false, error: { code: 'invalid_command', message: expect.any(String), issues: [{ path: 'payload.text', message: 'too short' }] } });
    expect(refused.error.message).not.toBe('');
  });
});
