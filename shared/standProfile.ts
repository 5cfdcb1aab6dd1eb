import { z } from 'zod';
import { eventLinkInput, eventLinkSchema } from './links.js';
import { entityId, limits } from './primitives.js';
import { userText } from './text.js';
import { profileListLimits, profileTextLimits, type ProfileTextField } from './standProfileFields.js';
import { editedFieldNames, hostEditChoices } from './standProfileFields.js';

export { contactFields, profileListLimits, profileTextFields, profileTextLimits, type ContactField, type ProfileTextField } from './standProfileFields.js';

/**
 * A stand's profile as its host writes it (issue 25): the project's texts, each optionally in
 * English too, its partners and links, and whom to ask. A contact field reaches attendees only
 * while the host has ticked it public; the rest stays with the stand's hosts and the staff.
 */

/** One value per profile text, made by `make`: the one list of the texts, with their types kept. */
function perText<S>(make: (field: ProfileTextField) => S) {
  return {
    summary: make('summary'),
    description: make('description'),
    implementation: make('implementation'),
    team: make('team'),
    duration: make('duration'),
    costOneOff: make('costOneOff'),
    costPerYear: make('costPerYear'),
    funding: make('funding'),
    cost: make('cost'),
  };
}

/** As stored and sent: the schemas check shape and length (the text rule ran at the edge). */
const storedTexts = perText((field) => z.string().trim().max(profileTextLimits[field]).optional());
export const englishTextsSchema = z.object(storedTexts);
const partnersSchema = z.array(z.string().trim().min(1).max(limits.name)).max(profileListLimits.partners);
const linksSchema = z.array(eventLinkSchema).max(profileListLimits.links);

const { description: _description, implementation: _implementation, cost: _cost, ...newTexts } = storedTexts;
/** What a stand gained with issue 25, each optional so stands stored before still read. */
export const storedProfileExtras = {
  ...newTexts,
  en: englishTextsSchema.optional(),
  partners: partnersSchema.optional(),
  links: linksSchema.optional(),
};

/** As a host types them or a stands file brings them: every text through the one text rule. */
const inputTexts = perText((field) => userText(profileTextLimits[field], { required: false }).optional());
const englishTextsInput = z.object(inputTexts);
const { description: _d, implementation: _i, cost: _c, ...newTextInputs } = inputTexts;
export const importedProfileExtras = {
  ...newTextInputs,
  en: englishTextsInput.optional(),
  partners: z.array(userText(limits.name)).max(profileListLimits.partners).optional(),
  links: z.array(eventLinkInput).max(profileListLimits.links).optional(),
};

const emptyOr = <S extends z.ZodType>(schema: S) => z.union([z.literal(''), schema]);
const contactEntry = <S extends z.ZodType<string>>(value: S) => z.object({ value, public: z.boolean() });

/** A contact field as the host keeps it: its value ('' for none) and whether attendees see it. */
export const contactEntrySchema = z.object({ value: z.string().max(profileListLimits.url), public: z.boolean() });
export const contactDraftsSchema = z.object({
  name: contactEntrySchema.optional(),
  email: contactEntrySchema.optional(),
  phone: contactEntrySchema.optional(),
  url: contactEntrySchema.optional(),
});

/** `stand:edit-profile`: the stand and only the fields to change; the later save of a field wins. */
export const editProfilePayload = z
  .object({
    standId: entityId,
    ...inputTexts,
    en: englishTextsInput.optional(),
    partners: importedProfileExtras.partners,
    links: importedProfileExtras.links,
    contact: z
      .object({
        name: contactEntry(userText(limits.name, { required: false })).optional(),
        email: contactEntry(emptyOr(z.email().max(limits.name))).optional(),
        phone: contactEntry(userText(profileListLimits.phone, { required: false })).optional(),
        url: contactEntry(emptyOr(z.url({ protocol: /^https?$/ }).max(profileListLimits.url))).optional(),
      })
      .optional(),
  })
  .refine((p) => Object.keys(p).some((key) => key !== 'standId'), { message: 'give at least one profile field to change' });

/** What attendees get of an edit: the texts given; a contact field's value, or null when it is not (any more) public. */
export const profilePatchSchema = z.object({
  ...storedTexts,
  en: englishTextsSchema.optional(),
  partners: partnersSchema.optional(),
  links: linksSchema.optional(),
  contact: z
    .object({
      name: z.string().nullable().optional(),
      email: z.string().nullable().optional(),
      phone: z.string().nullable().optional(),
      url: z.string().nullable().optional(),
    })
    .optional(),
});

/** A profile field named as in the stands file (shared/standEdits.ts). */
export const editedFieldSchema = z.enum(editedFieldNames);
/** The stands import's choice for fields edited on screen since the last file. */
export const hostEditChoiceSchema = z.enum(hostEditChoices);

export type EnglishTexts = z.infer<typeof englishTextsSchema>;
export type ContactEntry = z.infer<typeof contactEntrySchema>;
export type ContactDrafts = z.infer<typeof contactDraftsSchema>;
export type EditProfilePayload = z.infer<typeof editProfilePayload>;
export type ProfilePatch = z.infer<typeof profilePatchSchema>;
