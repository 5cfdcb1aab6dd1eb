import type { Stand } from './model.js';
import type { ContactDrafts, ContactEntry, EditProfilePayload, EnglishTexts, ProfilePatch } from './standProfile.js';
import { contactFields, profileTextFields, type ContactField } from './standProfileFields.js';

/**
 * What an edit of a stand's profile sends where: the texts to everyone, and of the contact fields
 * only those ticked public; the contact as typed (public or not) to the stand's hosts and staff.
 */
export function profilePatchOf(edit: EditProfilePayload): ProfilePatch {
  const { standId: _standId, contact, ...texts } = edit;
  if (!contact) return texts;
  const shown: NonNullable<ProfilePatch['contact']> = {};
  for (const field of contactFields) {
    const entry = contact[field];
    if (entry) shown[field] = entry.public && entry.value !== '' ? entry.value : null;
  }
  return { ...texts, contact: shown };
}

/** The contact fields an edit carries, public or not; null when it carries none. */
export function contactDraftsOf(edit: EditProfilePayload): ContactDrafts | null {
  if (!edit.contact || Object.keys(edit.contact).length === 0) return null;
  return edit.contact;
}

/** The stand after an edit: each field given replaces the old one; English texts and contact fields one by one. */
export function applyProfilePatch(stand: Stand, patch: ProfilePatch): Stand {
  const next: Stand = { ...stand };
  for (const field of profileTextFields) {
    const text = patch[field];
    if (text !== undefined) next[field] = text;
  }
  if (patch.partners) next.partners = patch.partners;
  if (patch.links) next.links = patch.links;
  if (patch.en) next.en = withEnglish(stand.en ?? {}, patch.en);
  if (patch.contact) next.contact = withContact(stand.contact, patch.contact);
  return next;
}

function withEnglish(held: EnglishTexts, given: EnglishTexts): EnglishTexts {
  const next = { ...held };
  for (const field of profileTextFields) {
    const text = given[field];
    if (text !== undefined) next[field] = text;
  }
  return next;
}

function withContact(held: Stand['contact'], given: NonNullable<ProfilePatch['contact']>): Stand['contact'] {
  const next = { ...held };
  for (const field of contactFields) {
    const value = given[field];
    if (value === null) delete next[field];
    else if (value !== undefined) next[field] = value;
  }
  return next;
}

/** A stand whose host has not said yet what the project is: the organizer's list of profiles to chase. */
export function profileFilled(stand: Stand): boolean {
  return [stand.summary, stand.description].some((text) => text !== undefined && text.trim() !== '');
}

/** How many of the profile's texts are written: "3 of 9" on the organizer's list. */
export function filledTexts(stand: Stand): number {
  return profileTextFields.filter((field) => (stand[field] ?? '').trim() !== '').length;
}

/**
 * The contact form's starting values: what the host typed (with its tick), else what attendees
 * see (imported from the stands file, so public), else empty and not public.
 */
export function contactFormValues(stand: Stand, drafts: ContactDrafts | undefined): Record<ContactField, ContactEntry> {
  const entry = (field: ContactField): ContactEntry => {
    const typed = drafts?.[field];
    if (typed) return typed;
    const shown = stand.contact[field];
    return shown ? { value: shown, public: true } : { value: '', public: false };
  };
  return { name: entry('name'), email: entry('email'), phone: entry('phone'), url: entry('url') };
}
