import type { LegalLanguage, LegalPage } from '../../../../shared/legal';
import type { EventInfo } from '../../../../shared/model';
import { retentionDaysOf } from '../../../../shared/privacy';
import { barrierefreiheitDe } from './barrierefreiheitDe';
import { barrierefreiheitEn } from './barrierefreiheitEn';
import { datenschutzDe } from './datenschutzDe';
import { datenschutzEn } from './datenschutzEn';
import { impressumDe, impressumEn } from './impressum';
import { leichteSpracheDe } from './leichteSprache';

/**
 * The texts Ortstermin ships, used while the organizer has written none. Leichte Sprache is German
 * by nature. The privacy notice states the event's own erasure period (shared/privacy.ts).
 */
export function proposedTexts(event: Pick<EventInfo, 'retentionDays'> | null): Record<LegalPage, Partial<Record<LegalLanguage, string>>> {
  const days = retentionDaysOf(event ?? {});
  return {
    impressum: { de: impressumDe, en: impressumEn },
    datenschutz: { de: datenschutzDe(days), en: datenschutzEn(days) },
    barrierefreiheit: { de: barrierefreiheitDe, en: barrierefreiheitEn },
    'leichte-sprache': { de: leichteSpracheDe },
  };
}
