import { limits } from './limits.js';

/*
 * The fields of a stand's profile as plain values, apart from the zod schemas in standProfile.ts:
 * the reducer (on the phone's first page) needs these, and a value from a schema module would
 * pull in zod.
 */

/** The texts of a profile and their longest lengths, named as in the stands file. */
export const profileTextLimits = {
  /** One line under the stand's name. */
  summary: limits.title,
  /** What the project does. */
  description: limits.abstract,
  /** Umsetzung: how it was built. */
  implementation: limits.abstract,
  /** Umsetzung: with whom (partners, service providers, the team). */
  team: limits.reason,
  /** Umsetzung: how long it took. */
  duration: limits.name,
  costOneOff: limits.name,
  costPerYear: limits.name,
  /** Funding programmes, grants. */
  funding: limits.reason,
  /** Kosten, as the municipality puts it: the free text beside the figures. */
  cost: limits.reason,
} as const;

export type ProfileTextField = keyof typeof profileTextLimits;

export const profileTextFields: readonly ProfileTextField[] = [
  'summary', 'description', 'implementation', 'team', 'duration', 'costOneOff', 'costPerYear', 'funding', 'cost',
];

export const contactFields = ['name', 'email', 'phone', 'url'] as const;
export type ContactField = (typeof contactFields)[number];
export const profileListLimits = { partners: 20, links: 10, phone: 40, url: 500 } as const;

/** A profile field as the stands file names it: a text, `en.<text>`, `partners`, `links`, `contact.<field>` (shared/standEdits.ts). */
export type EditedField = ProfileTextField | `en.${ProfileTextField}` | 'partners' | 'links' | `contact.${ContactField}`;

/** Every field name, for the schemas that check them. */
export const editedFieldNames: readonly EditedField[] = [
  ...profileTextFields,
  ...profileTextFields.map((field) => `en.${field}` as const),
  'partners',
  'links',
  ...contactFields.map((field) => `contact.${field}` as const),
];

/** What a stands import does with fields edited on screen: keep them, or take the file's (the default). */
export const hostEditChoices = ['keep', 'overwrite'] as const;
export type HostEditChoice = (typeof hostEditChoices)[number];

