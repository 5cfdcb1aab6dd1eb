import { z } from 'zod';
import { contactCardSchema, type ContactCard } from './contactCard.js';
import { decodeReplyAddress, replyAddressLength } from './replyAddress.js';

/*
 * What a sealed mailbox item says once opened: a card sent back, or a contact request ("Karte
 * anfragen") with the requester's card and the reply address the answer goes to (as a card's QR
 * code writes it, `encodeReplyAddress`). Anyone may write to a mailbox, so the opened text is
 * checked as untrusted input, like a card from a QR code.
 */

export type DropMessage = { kind: 'card'; card: ContactCard } | { kind: 'request'; card: ContactCard; reply: string };

const replySchema = z
  .string()
  .length(replyAddressLength)
  .refine((text) => decodeReplyAddress(text) !== null, 'not a reply address');

const dropMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('card'), card: contactCardSchema }),
  z.object({ kind: z.literal('request'), card: contactCardSchema, reply: replySchema }),
]);

/** The text is padded to a multiple of this, so the ciphertext's length tells little of the card's. */
const padTo = 512;
const maxPlainBytes = 4096;

export function encodeDropMessage(message: DropMessage): Uint8Array<ArrayBuffer> {
  const json = JSON.stringify(message);
  const bytes = new TextEncoder().encode(json);
  // JSON ends where its value ends: trailing spaces are read as nothing.
  const padded = new Uint8Array(Math.ceil((bytes.length + 1) / padTo) * padTo).fill(0x20);
  padded.set(bytes);
  return padded;
}

/** The message an opened item holds, or null for anything that is not one. */
export function decodeDropMessage(plain: Uint8Array): DropMessage | null {
  if (plain.length > maxPlainBytes) return null;
  try {
    const parsed = dropMessageSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
