import { describe, expect, it } from 'vitest';
import { emptyDraft, parseLinkLines, profileEditOf } from '../../client/features/host/profileDraft.js';
import type { Stand } from '../../shared/model.js';
import { contactFormValues } from '../../shared/standProfileEdit.js';

const stand: Stand = {
  id: 'dorf', name: 'Dorf-App', municipality: 'Landau', topic: 'Dorfleben', roomId: 'foyer',
  description: 'Eine App für das Dorf.', implementation: '', cost: '', contact: { email: 'dorf@example.org' },
  links: [{ url: 'https://dorf.example.org', label: 'Projektseite' }],
};
const contact = contactFormValues(stand, undefined);

describe('the host’s profile form sends only what changed', () => {
  it('nothing typed, or typed back to what it was: nothing to send', () => {
    expect(profileEditOf(stand, contact, emptyDraft)).toBe('nothing');
    expect(profileEditOf(stand, contact, { ...emptyDraft, texts: { description: ' Eine App für das Dorf. ' } })).toBe('nothing');
    expect(profileEditOf(stand, contact, { ...emptyDraft, links: 'https://dorf.example.org Projektseite\n' })).toBe('nothing');
  });

  it('one text, one English text, one contact tick: exactly those fields', () => {
    const edit = profileEditOf(stand, contact, {
      ...emptyDraft,
      texts: { summary: 'Kurz', description: 'Eine App für das Dorf.' },
      en: { summary: 'Short' },
      contact: { email: { value: 'dorf@example.org', public: false } },
    });
    expect(edit).toEqual({ summary: 'Kurz', en: { summary: 'Short' }, contact: { email: { value: 'dorf@example.org', public: false } } });
  });

  it('partners one per line; a link line that is not a web address is refused before sending', () => {
    expect(profileEditOf(stand, contact, { ...emptyDraft, partners: 'Stadtwerke\n\n  Kreis  ' })).toEqual({ partners: ['Stadtwerke', 'Kreis'] });
    expect(profileEditOf(stand, contact, { ...emptyDraft, links: 'javascript:alert(1) Klick' })).toBe('badLinks');
  });

  it('reads link lines as address and label, the address as label when none is given', () => {
    expect(parseLinkLines('https://a.example.org/x Seite A\nhttps://b.example.org')).toEqual([
      { url: 'https://a.example.org/x', label: 'Seite A' },
      { url: 'https://b.example.org', label: 'b.example.org' },
    ]);
    expect(parseLinkLines('ftp://a.example.org')).toBeNull();
  });
});
