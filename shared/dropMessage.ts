import { z } from 'zod';
import { contactCardSchema, type ContactCard } from './contactCard.js';

/*
 * What a sealed mailbox item says once opened. One kind today, a card sent back; a contact request
 * ("Karte anfragen") becomes a second kind. Anyone may write to a mailbox, so the opened text is
 * checked as untrusted input, like a card from a QR code.
 */

export type DropMessage = { kind: 'card'; card: ContactCard };

const dropMessageSchema = z.discriminatedUnion('kind', [z.object({ kind: z.literal('card'), card: contactCardSchema })]);

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
