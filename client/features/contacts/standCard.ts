import { contactCardSchema, emptyCard, type ContactCard } from '../../../shared/contactCard';
import type { Stand } from '../../../shared/model';

/**
 * A stand's public contact as a card: whom to ask, the municipality, and the stand's topic. A
 * field the card's check refuses ("bitte am Stand fragen" as a phone number) is left out, not the
 * whole card; without a name, email or phone there is no one to keep.
 */
export function standCard(stand: Stand): ContactCard | null {
  const card: ContactCard = {
    name: stand.contact.name ?? '',
    org: stand.municipality,
    role: '',
    email: stand.contact.email ?? '',
    phone: stand.contact.phone ?? '',
    topics: stand.topic ? [stand.topic] : [],
  };
  const first = contactCardSchema.safeParse(card);
  const refused = new Set(first.success ? [] : first.error.issues.map((issue) => issue.path[0]));
  const kept = Object.fromEntries(Object.entries(card).filter(([field]) => !refused.has(field)));
  const parsed = first.success ? first : contactCardSchema.safeParse({ ...emptyCard, ...kept });
  return parsed.success && (parsed.data.name || parsed.data.email || parsed.data.phone) ? parsed.data : null;
}
