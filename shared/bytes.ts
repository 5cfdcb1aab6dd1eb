/*
 * Bytes as text and back: hex, base64 and base64url, the same in the browser and in Node. No
 * Buffer (the browser has none) and no zod: the app's shell loads this with the first page.
 */

/** Lower-case hex, two digits a byte. */
export const hexOf = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

/** The bytes of hex the caller has checked (its form is part of a schema or pattern); an odd last digit is dropped. */
export const bytesOfHex = (hex: string): Uint8Array<ArrayBuffer> => Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));

/** The first 16 bytes as a UUID of `version` (RFC 9562: its version and variant bits set), 8-4-4-4-12 hex digits. */
export function uuidOfBytes(bytes: Uint8Array, version: number): string {
  const own = bytes.slice(0, 16);
  own[6] = ((own[6] ?? 0) & 0x0f) | (version << 4);
  own[8] = ((own[8] ?? 0) & 0x3f) | 0x80;
  const hex = hexOf(own);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A byte string, in slices: spreading a large array into one call would overflow the stack. */
function binaryOf(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return text;
}

export const base64Of = (bytes: Uint8Array): string => btoa(binaryOf(bytes));

/** The bytes of base64 (padded or not); null for text that is not base64. */
export function bytesOfBase64(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Base64 with the URL's alphabet (`-`, `_`) and no padding. */
export const base64urlOf = (bytes: Uint8Array): string => base64Of(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** The bytes of base64url; null for text that is not base64url. */
export const bytesOfBase64url = (text: string): Uint8Array<ArrayBuffer> | null =>
  /[+/=]/.test(text) ? null : bytesOfBase64(text.replace(/-/g, '+').replace(/_/g, '/'));
