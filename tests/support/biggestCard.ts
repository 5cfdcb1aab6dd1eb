import { cardLimits, type ContactCard } from '../../shared/contactCard.js';

/** A card with every field at its longest, in four-byte characters where text may be: the most a mailbox item must hold. */
export function biggestCard(): ContactCard {
  const long = (n: number) => '🚲'.repeat(n);
  return {
    name: long(cardLimits.name),
    org: long(cardLimits.org),
    role: long(cardLimits.role),
    email: `${'a'.repeat(cardLimits.email - 7)}@ab.de`,
    phone: '1'.repeat(cardLimits.phone),
    topics: Array.from({ length: cardLimits.topics }, () => long(cardLimits.topic)),
  };
}
