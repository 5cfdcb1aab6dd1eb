import type { LegalLanguage, LegalPage, LegalTexts } from '../../../shared/legal';

export interface LegalContent {
  markdown: string;
  /** The text's language: the page marks it (lang="de") when it is not the reader's. */
  lang: LegalLanguage;
  /** Ortstermin's proposal, not the organizer's own text. */
  proposed: boolean;
}

type Texts = Readonly<Partial<Record<LegalLanguage, string>>>;

/**
 * Which text a page shows: the organizer's in the reader's language, else the organizer's other
 * one (their real Impressum beats a proposal full of placeholders), else the proposal in the
 * reader's language, else the German proposal.
 */
export function legalContent(organizer: LegalTexts, proposed: Record<LegalPage, Texts>, page: LegalPage, reader: LegalLanguage): LegalContent {
  const other: LegalLanguage = reader === 'de' ? 'en' : 'de';
  const own = organizer[page] ?? {};
  const shipped = proposed[page];
  const candidates: [Texts, LegalLanguage, boolean][] = [[own, reader, false], [own, other, false], [shipped, reader, true], [shipped, other, true]];
  for (const [texts, lang, isProposal] of candidates) {
    const markdown = texts[lang];
    if (markdown) return { markdown, lang, proposed: isProposal };
  }
  return { markdown: '', lang: reader, proposed: true };
}
