import { bytesOfHex, hexOf } from './bytes.js';

/*
 * End-to-end encryption of a mailbox item with Web Crypto (browsers and Node alike): the sender
 * makes a one-time P-256 key pair, agrees a secret with the recipient's public key (ECDH), derives
 * an AES-256-GCM key from it (HKDF-SHA-256) and sends its own public key with the ciphertext. Only
 * the phone holding the recipient's private key can open it; the server sees random bytes.
 *
 * The recipient's key travels as its x coordinate only (the QR code is small): ECDH's secret is
 * the x coordinate of d·Q, and d·(−Q) = −(d·Q) has the same x, so either point of that x gives the
 * same secret. The sender takes the one with even y.
 */

const version = 1;
const info = new TextEncoder().encode('ortstermin drop v1');
const ivBytes = 12;
const pointBytes = 65;

// P-256 (FIPS 186-4 D.1.2.3): y² = x³ − 3x + b over the prime p; p ≡ 3 (mod 4), so a square root is a power.
const p = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const b = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;

function power(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  for (let [square, rest] = [base % p, exponent]; rest > 0n; [square, rest] = [(square * square) % p, rest >> 1n]) {
    if (rest & 1n) result = (result * square) % p;
  }
  return result;
}

const toBigInt = (bytes: Uint8Array) => BigInt(`0x${hexOf(bytes) || '0'}`);
const toBytes = (value: bigint) => bytesOfHex(value.toString(16).padStart(64, '0'));

/** The uncompressed point (0x04 ‖ x ‖ y) with even y for an x coordinate, or null when no point has it. */
export function pointOfX(x: Uint8Array): Uint8Array<ArrayBuffer> | null {
  if (x.length !== 32) return null;
  const xn = toBigInt(x);
  if (xn >= p) return null;
  const rhs = (((xn * xn * xn - 3n * xn + b) % p) + p) % p;
  let y = power(rhs, (p + 1n) / 4n);
  if ((y * y) % p !== rhs) return null;
  if (y & 1n) y = p - y;
  return new Uint8Array([4, ...x, ...toBytes(y)]);
}

const ecdh = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** A recipient's private key as its phone keeps it (the JWK's fields that matter). */
export interface DropPrivateKey {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  d: string;
}

type SubtleKey = Awaited<ReturnType<typeof crypto.subtle.deriveKey>>;

/** A one-time key pair for a mailbox: the private key as JWK to keep on the phone, the public key's x for the card. */
export async function newDropKey(): Promise<{ privateJwk: DropPrivateKey; x: Uint8Array }> {
  const pair = await crypto.subtle.generateKey(ecdh, true, ['deriveBits']);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  return { privateJwk: { kty: 'EC', crv: 'P-256', x: jwk.x ?? '', y: jwk.y ?? '', d: jwk.d ?? '' }, x: raw.slice(1, 33) };
}

async function aesKey(privateKey: SubtleKey, publicKey: SubtleKey, salt: Uint8Array<ArrayBuffer>): Promise<SubtleKey> {
  const secret = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const hkdf = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info }, hkdf, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Seals `plain` to the recipient's key: version ‖ the sender's one-time public key ‖ iv ‖ AES-GCM ciphertext and tag. */
export async function sealDrop(recipientX: Uint8Array, plain: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const point = pointOfX(recipientX);
  if (!point) throw new Error('not a public key');
  const recipient = await crypto.subtle.importKey('raw', point, ecdh, false, []);
  const sender = await crypto.subtle.generateKey(ecdh, true, ['deriveBits']);
  const senderPoint = new Uint8Array(await crypto.subtle.exportKey('raw', sender.publicKey));
  const iv = crypto.getRandomValues(new Uint8Array(ivBytes));
  const key = await aesKey(sender.privateKey, recipient, senderPoint);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
  return new Uint8Array([version, ...senderPoint, ...iv, ...sealed]);
}

/** Opens an item sealed to this private key; null for anything else (another key, altered bytes, noise). */
export async function openDrop(privateJwk: DropPrivateKey, item: Uint8Array): Promise<Uint8Array | null> {
  if (item[0] !== version || item.length < 1 + pointBytes + ivBytes + 16) return null;
  try {
    const privateKey = await crypto.subtle.importKey('jwk', privateJwk, ecdh, false, ['deriveBits']);
    const senderPoint = item.slice(1, 1 + pointBytes);
    const sender = await crypto.subtle.importKey('raw', senderPoint, ecdh, false, []);
    const key = await aesKey(privateKey, sender, senderPoint);
    const iv = item.slice(1 + pointBytes, 1 + pointBytes + ivBytes);
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, item.slice(1 + pointBytes + ivBytes)));
  } catch {
    return null;
  }
}
