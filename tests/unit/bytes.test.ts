import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64Of, base64urlOf, bytesOfBase64, bytesOfBase64url, bytesOfHex, hexOf, uuidOfBytes } from '../../shared/bytes.js';

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

  it('writes the first 16 bytes as a UUID of the version asked for', () => {
    const bytes = new Uint8Array(randomBytes(20));
    expect(uuidOfBytes(bytes, 4)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidOfBytes(bytes, 4).replace(/-/g, '').slice(20)).toBe(hexOf(bytes.subarray(10, 16)));
    expect(uuidOfBytes(new Uint8Array(16).fill(0xff), 5)).toBe('ffffffff-ffff-5fff-bfff-ffffffffffff');
    expect(uuidOfBytes(new Uint8Array(16), 4)).toBe('00000000-0000-4000-8000-000000000000');
  });

  it('refuses text that is not base64 or base64url', () => {
    expect(bytesOfBase64('nicht base64!')).toBeNull();
    expect(bytesOfBase64('QUJD=')).toBeNull();
    expect(bytesOfBase64url('a+b/')).toBeNull();
    expect(bytesOfBase64url('QUI=')).toBeNull();
    expect(bytesOfBase64url('Q')).toBeNull();
  });
});
