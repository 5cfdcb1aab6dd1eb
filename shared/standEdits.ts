import type { Stand } from './model.js';
import type { ContactDrafts, ProfilePatch } from './standProfile.js';
import { contactFields, profileTextFields, type ContactField, type EditedField, type ProfileTextField } from './standProfileFields.js';

export { editedFieldNames, hostEditChoices, type EditedField, type HostEditChoice } from './standProfileFields.js';

/*
 * Which profile fields were edited on screen (by a stand's host, or staff) since the last stands
 * file: a new file would overwrite them, and its preview names them so the organizer can choose
 * to keep them. Fields are named as in the stands file: `description`, `en.description`,
 * `partners`, `links`, `contact.email`.
 */

/** The fields an edit touched. */
export function fieldsOfPatch(patch: ProfilePatch): EditedField[] {
  const fields: EditedField[] = profileTextFields.filter((field) => patch[field] !== undefined);
  for (const field of profileTextFields) if (patch.en?.[field] !== undefined) fields.push(`en.${field}`);
  if (patch.partners) fields.push('partners');
  if (patch.links) fields.push('links');
  for (const field of contactFields) if (patch.contact?.[field] !== undefined) fields.push(`contact.${field}`);
  return fields;
}

/** The marks after an edit: the fields edited before and these, each once. */
export function withEditedFields(held: readonly EditedField[] | undefined, added: readonly EditedField[]): EditedField[] {
  return [...new Set([...(held ?? []), ...added])];
}

type FieldRef =
  | { kind: 'text'; text: ProfileTextField }
  | { kind: 'en'; text: ProfileTextField }
  | { kind: 'partners' }
  | { kind: 'links' }
  | { kind: 'contact'; contact: ContactField };

function refOf(field: EditedField): FieldRef {
  if (field === 'partners') return { kind: 'partners' };
  if (field === 'links') return { kind: 'links' };
  const text = profileTextFields.find((name) => name === field);
  if (text) return { kind: 'text', text };
  const english = profileTextFields.find((name) => `en.${name}` === field);
  if (english) return { kind: 'en', text: english };
  const contact = contactFields.find((name) => `contact.${name}` === field) ?? 'name';
  return { kind: 'contact', contact };
}

/** One field of a stand, as it is ('' or [] when empty), for comparing and showing. */
export function fieldValue(stand: Stand, field: EditedField): string | readonly unknown[] {
  const ref = refOf(field);
  if (ref.kind === 'partners' || ref.kind === 'links') return stand[ref.kind] ?? [];
  if (ref.kind === 'text') return stand[ref.text] ?? '';
  if (ref.kind === 'en') return stand.en?.[ref.text] ?? '';
  return stand.contact[ref.contact] ?? '';
}

/** A copy of `record` with `key` set to `value`, or without `key` when there is none. */
function withKey<T extends object, K extends keyof T>(record: T, key: K, value: T[K] | undefined): T {
  const next = { ...record };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** JSON with every object's keys in order: two values that say the same write the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner,
  );
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** A stands file that says what is there (an export imported back): importing it changes nothing. */
export function unchangedBy(held: { stands: Readonly<Record<string, Stand>>; floorPlan: unknown }, stands: readonly Stand[], floorPlan: unknown): boolean {
  return same(Object.values(held.stands), stands) && same(held.floorPlan, floorPlan);
}

/** A profile field the file would overwrite: edited on screen since, and different in the file. */
export interface OverwrittenEdit {
  standId: string;
  standName: string;
  field: EditedField;
  /** As it is now and as the file has it: text, or a list as the file writes it. */
  now: string;
  inFile: string;
}

const shown = (value: string | readonly unknown[]) => (typeof value === 'string' ? value : JSON.stringify(value));

/** What the preview compares: the stands, what was edited on screen, and contact fields as their hosts typed them. */
export interface HeldStands {
  stands: Readonly<Record<string, Stand>>;
  standEdits: Readonly<Record<string, readonly EditedField[]>>;
  standContacts: Readonly<Record<string, ContactDrafts>>;
}

/** A field as it is now; a contact field as its host typed it, public or not (an import would drop it). */
function heldValue(held: HeldStands, stand: Stand, field: EditedField): string | readonly unknown[] {
  const ref = refOf(field);
  const drafts = Object.hasOwn(held.standContacts, stand.id) ? held.standContacts[stand.id] : undefined;
  const typed = ref.kind === 'contact' ? drafts?.[ref.contact]?.value : undefined;
  return typed ?? fieldValue(stand, field);
}

/** The preview's "edited by hosts" list: per stand of the file that is there now, the edited fields it would change. */
export function overwrittenEdits(held: HeldStands, fileStands: readonly Stand[]): OverwrittenEdit[] {
  return fileStands.flatMap((fileStand) => {
    const stand = Object.hasOwn(held.stands, fileStand.id) ? held.stands[fileStand.id] : undefined;
    const edited = Object.hasOwn(held.standEdits, fileStand.id) ? held.standEdits[fileStand.id] : undefined;
    if (!stand || !edited) return [];
    return edited
      .filter((field) => !same(heldValue(held, stand, field), fieldValue(fileStand, field)))
      .map((field) => ({ standId: stand.id, standName: stand.name, field, now: shown(heldValue(held, stand, field)), inFile: shown(fieldValue(fileStand, field)) }));
  });
}

/** The file's stand with one field as the stand has it now. */
function withFieldOf(fileStand: Stand, stand: Stand, field: EditedField): Stand {
  const ref = refOf(field);
  if (ref.kind === 'partners' || ref.kind === 'links') return withKey(fileStand, ref.kind, stand[ref.kind]);
  if (ref.kind === 'text') return withKey(fileStand, ref.text, stand[ref.text]);
  if (ref.kind === 'contact') return { ...fileStand, contact: withKey(fileStand.contact, ref.contact, stand.contact[ref.contact]) };
  return { ...fileStand, en: withKey(fileStand.en ?? {}, ref.text, stand.en?.[ref.text]) };
}

/**
 * The file's stands with the fields edited on screen kept as they are now, and which fields
 * stay marked as edited (the file still differs there).
 */
export function keepingEdits(held: HeldStands, fileStands: readonly Stand[]): { stands: Stand[]; kept: Record<string, EditedField[]> } {
  const overwritten = overwrittenEdits(held, fileStands);
  const kept: Record<string, EditedField[]> = {};
  const stands = fileStands.map((fileStand) => {
    const stand = held.stands[fileStand.id];
    const fields = overwritten.filter((edit) => edit.standId === fileStand.id).map((edit) => edit.field);
    if (!stand || fields.length === 0) return fileStand;
    kept[fileStand.id] = fields;
    return fields.reduce((next, field) => withFieldOf(next, stand, field), fileStand);
  });
  return { stands, kept };
}
