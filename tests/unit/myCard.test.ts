import { describe, expect, it } from 'vitest';
import { vcardFileName } from '../../client/features/contacts/contactList.js';
import { sharedCard, type MyCardDraft } from '../../client/features/contacts/myCard.js';
import { standCard } from '../../client/features/contacts/standCard.js';
import { emptyCard } from '../../shared/contactCard.js';
import type { Stand } from '../../shared/model.js';

const draft = (shared: Partial<MyCardDraft['shared']>): MyCardDraft => ({
  text: { name: ' Anna  Schmidt ', org: 'Stadt Kusel', role: 'CDO', email: 'anna@kusel.de', phone: '06381 424-0', topics: 'Kita-Portal,  Glasfaser ;; ' },
  shared: { name: false, org: false, role: false, email: false, phone: false, topics: false, ...shared },
});

describe('my card', () => {
  it('carries the ticked fields only, each one line, topics split at commas', () => {
    expect(sharedCard(draft({ name: true, topics: true }))).toEqual({ ...emptyCard, name: 'Anna Schmidt', topics: ['Kita-Portal', 'Glasfaser'] });
    expect(sharedCard(draft({ email: true, phone: true }))).toEqual({ ...emptyCard, email: 'anna@kusel.de', phone: '06381 424-0' });
    expect(sharedCard(draft({}))).toEqual(emptyCard);
  });

  it('is saved as a file with a name every file system takes', () => {
    expect(vcardFileName({ ...emptyCard, name: 'Dr. Jürgen Müller-Weiß' })).toBe('Dr-Juergen-Mueller-Weiss.vcf');
    expect(vcardFileName({ ...emptyCard, name: 'Zoë ../../etc' })).toBe('Zoe-etc.vcf');
    expect(vcardFileName({ ...emptyCard, name: '李' })).toBe('kontakt.vcf');
  });
});

describe("a stand's contact as a card", () => {
  const stand = (contact: Stand['contact']): Stand => ({
    id: 'kita',
    name: 'Digitale Kita',
    municipality: 'Kaiserslautern',
    topic: 'Bildung',
    description: '',
    implementation: '',
    cost: '',
    contact,
    roomId: 'foyer',
  });

  it('has whom to ask, the municipality and the topic', () => {
    expect(standCard(stand({ name: 'Team Kita', email: 'kita@kaiserslautern.de' }))).toEqual({
      ...emptyCard,
      name: 'Team Kita',
      org: 'Kaiserslautern',
      email: 'kita@kaiserslautern.de',
      topics: ['Bildung'],
    });
  });

  it('leaves out a number that is none, and is none when the stand publishes no one to reach', () => {
    expect(standCard(stand({ name: 'Team', phone: 'bitte am Stand fragen' }))).toEqual({ ...emptyCard, name: 'Team', org: 'Kaiserslautern', topics: ['Bildung'] });
    expect(standCard(stand({ phone: 'bitte am Stand fragen' }))).toBeNull();
    expect(standCard(stand({ url: 'https://kita.example' }))).toBeNull();
  });
});
