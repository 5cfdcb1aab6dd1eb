/*
 * The legal pages (Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache) and the barrier
 * reports, apart from their zod schemas (legalSchemas.ts): the state's type and the client's pages
 * need these, and a value from a schema module would pull zod into the phone's first page.
 */

/** Each page has the address of its name (`/impressum`); shared/eventSlugs.ts reserves them all. */
export const legalPages = ['impressum', 'datenschutz', 'barrierefreiheit', 'leichte-sprache'] as const;
export type LegalPage = (typeof legalPages)[number];

export const legalLanguages = ['de', 'en'] as const;
export type LegalLanguage = (typeof legalLanguages)[number];

/** The organizer's Markdown per page and language; a page or language missing uses the text Ortstermin ships. */
export type LegalTexts = Readonly<Partial<Record<LegalPage, Readonly<Partial<Record<LegalLanguage, string>>>>>>;

/** "Barriere melden": what a person could not use, sent to the organizer's staff only. */
export interface BarrierReport {
  id: string;
  text: string;
  /** Only when the person wants an answer. */
  email?: string;
  /** The address of the page the report came from. */
  page: string;
  reportedAt: string;
}

/**
 * A command travels in at most 16 KB (server/transport/httpApp.ts): 12,000 characters of German
 * Markdown fit with room for umlauts. A longer text links to the body's own page.
 */
export const legalLimits = { text: 12_000, report: 2000, page: 200, email: 254 } as const;

export function isLegalPage(value: string): value is LegalPage {
  return (legalPages as readonly string[]).includes(value);
}
