import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64Of, base64urlOf, bytesOfBase64, bytesOfBase64url, bytesOfHex, hexOf } from '../../shared/bytes.js';

describe('bytes as text', () => {
  it('writes hex, base64 and base64url as Node does, and reads them back', () => {
    for (const length of [0, 1, 2, 3, 32, 4096, 70_000]) {
      const bytes = new Uint8Array(randomBytes(length));
      const node = Buffer.from(bytes);
      expect(hexOf(bytes)).toBe(node.toString('hex'));
      expect(base64Of(bytes)).toBe(node.toString('base64'));
      expect(base64urlOf(bytes)).toBe(node.toString('base64url'));
      expect(bytesOfHex(hexOf(bytes))).toEqual(bytes);
      expect(bytesOfBase64(base64Of(bytes))).toEqual(bytes);
      expect(bytesOfBase64url(base64urlOf(bytes))).toEqual(bytes);
    }
  });

  it('refuses text that is not base64 or base64url', () => {
    expect(bytesOfBase64('nicht base64!')).toBeNull();
    expect(bytesOfBase64('QUJD=')).toBeNull();
    expect(bytesOfBase64url('a+b/')).toBeNull();
    expect(bytesOfBase64url('QUI=')).toBeNull();
    expect(bytesOfBase64url('Q')).toBeNull();
  });
});
