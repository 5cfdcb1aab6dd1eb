import type { LegalLanguage, LegalPage } from '../../../../shared/legal';
import { barrierefreiheitDe } from './barrierefreiheitDe';
import { barrierefreiheitEn } from './barrierefreiheitEn';
import { datenschutzDe } from './datenschutzDe';
import { datenschutzEn } from './datenschutzEn';
import { impressumDe, impressumEn } from './impressum';
import { leichteSpracheDe } from './leichteSprache';

/** The texts Ortstermin ships, used while the organizer has written none. Leichte Sprache is German by nature. */
export const proposedTexts: Record<LegalPage, Partial<Record<LegalLanguage, string>>> = {
  impressum: { de: impressumDe, en: impressumEn },
  datenschutz: { de: datenschutzDe, en: datenschutzEn },
  barrierefreiheit: { de: barrierefreiheitDe, en: barrierefreiheitEn },
  'leichte-sprache': { de: leichteSpracheDe },
};
