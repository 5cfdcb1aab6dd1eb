import type { Stand } from '../../../shared/model';
import type { ContactEntry, EditProfilePayload } from '../../../shared/standProfile';
import { contactFields, profileTextFields, type ContactField, type ProfileTextField } from '../../../shared/standProfileFields';
import { webHref, webLabel } from '../../../shared/contactLinks';
import { sameJson } from '../../../shared/jsonEquality';

/**
 * What a host changed in the profile form and has not saved: only these fields go into the
 * `stand:edit-profile` command. Every other field follows the live profile, so a second editor's
 * save shows up in the form at once.
 */
export interface ProfileDraft {
  texts: Partial<Record<ProfileTextField, string>>;
  en: Partial<Record<ProfileTextField, string>>;
  partners?: string;
  links?: string;
  contact: Partial<Record<ContactField, ContactEntry>>;
}

export const emptyDraft: ProfileDraft = { texts: {}, en: {}, contact: {} };

export const livePartners = (stand: Stand) => (stand.partners ?? []).join('\n');
export const liveLinks = (stand: Stand) => (stand.links ?? []).map((link) => `${link.url} ${link.label}`).join('\n');

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

/** "https://dorf.example.org Projektseite" per line; null when a line does not start with a web address. */
export function parseLinkLines(text: string): { url: string; label: string }[] | null {
  const links = lines(text).map((line) => {
    const [url = '', ...label] = line.split(/\s+/);
    const href = /^https?:\/\//i.test(url) ? webHref(url) : null;
    return href ? { url, label: label.join(' ') || webLabel(href) } : null;
  });
  return links.every((link) => link !== null) ? links : null;
}

type Edit = Omit<EditProfilePayload, 'standId'>;

function changedTexts(live: (field: ProfileTextField) => string, draft: Partial<Record<ProfileTextField, string>>) {
  const changed: Partial<Record<ProfileTextField, string>> = {};
  for (const field of profileTextFields) {
    const typed = draft[field]?.trim();
    if (typed !== undefined && typed !== live(field)) changed[field] = typed;
  }
  return changed;
}

/**
 * The command for what changed: each field only when its typed value differs from the live one.
 * `nothing` when no field changed; `badLinks` when a link line is not a web address.
 */
export function profileEditOf(stand: Stand, contact: Record<ContactField, ContactEntry>, draft: ProfileDraft): Edit | 'nothing' | 'badLinks' {
  const edit: Edit = changedTexts((field) => stand[field] ?? '', draft.texts);
  const en = changedTexts((field) => stand.en?.[field] ?? '', draft.en);
  if (Object.keys(en).length > 0) edit.en = en;
  if (draft.partners !== undefined && lines(draft.partners).join('\n') !== livePartners(stand)) edit.partners = lines(draft.partners);
  if (draft.links !== undefined) {
    const links = parseLinkLines(draft.links);
    if (!links) return 'badLinks';
    if (!sameJson(links, stand.links ?? [])) edit.links = links;
  }
  const changedContact: NonNullable<Edit['contact']> = {};
  for (const field of contactFields) {
    const typed = draft.contact[field];
    if (!typed) continue;
    const entry = { value: typed.value.trim(), public: typed.public };
    if (entry.value !== contact[field].value || entry.public !== contact[field].public) changedContact[field] = entry;
  }
  if (Object.keys(changedContact).length > 0) edit.contact = changedContact;
  return Object.keys(edit).length > 0 ? edit : 'nothing';
}
