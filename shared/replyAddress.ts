import { bytesOfHex, hexOf } from './bytes.js';

/*
 * Where a card's owner takes cards back: a mailbox id (16 bytes) and the x coordinate of a one-time
 * P-256 public key (32 bytes; the key agreement needs no more, see sealedDrop.ts). In a card's QR
 * code every character counts, so the 48 bytes are written two at a time as three characters of
 * the QR code's alphanumeric set without space, `%` and `/` (42 characters: 42³ > 2¹⁶), 72 in all,
 * each kept as it is in a URL fragment.
 */

export interface ReplyAddress {
  /** 32 lower-case hex digits. */
  mailbox: string;
  /** The public key's x coordinate, 32 bytes. */
  key: Uint8Array;
}

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-.:';
const base = alphabet.length;
const mailboxBytes = 16;
const keyBytes = 32;
/** Characters a reply address takes in a card's fragment. */
export const replyAddressLength = ((mailboxBytes + keyBytes) / 2) * 3;

export function encodeReplyAddress(reply: ReplyAddress): string {
  const bytes = new Uint8Array([...bytesOfHex(reply.mailbox), ...reply.key]);
  let text = '';
  for (let i = 0; i < bytes.length; i += 2) {
    const value = ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0);
    text += (alphabet[Math.floor(value / base / base)] ?? '') + (alphabet[Math.floor(value / base) % base] ?? '') + (alphabet[value % base] ?? '');
  }
  return text;
}

/** The reply address of a fragment's part, or null for anything that is not one. */
export function decodeReplyAddress(text: string): ReplyAddress | null {
  if (text.length !== replyAddressLength) return null;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 3) {
    const digits = [...text.slice(i, i + 3)].map((char) => alphabet.indexOf(char));
    if (digits.some((digit) => digit < 0)) return null;
    const [a = 0, b = 0, c = 0] = digits;
    const value = (a * base + b) * base + c;
    if (value > 0xffff) return null;
    bytes.push(value >> 8, value & 0xff);
  }
  const all = Uint8Array.from(bytes);
  return { mailbox: hexOf(all.subarray(0, mailboxBytes)), key: all.slice(mailboxBytes) };
}

/** A new mailbox id: 128 bits from the platform's random source. */
export function newMailboxId(): string {
  return hexOf(crypto.getRandomValues(new Uint8Array(mailboxBytes)));
}
