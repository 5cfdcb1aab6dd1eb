import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { staffRole } from '../../sync/staffToken';
import { StaffTabs } from '../moderation/StaffTabs';
import { ExportLinks } from './ExportLinks';
import { ProgrammeImport } from './ProgrammeImport';
import { StandsUpload } from './StandsUpload';

/** The organizer's programme import and export, and the stands-and-floor-plan upload. */
export function ImportPage() {
  return (
    <section class="page" aria-labelledby="import-title">
      <h1 id="import-title">{t('import.title')}</h1>
      <Show
        when={staffRole() === 'organizer'}
        fallback={
          <div class="notice">
            <p>{t('org.needLogin')}</p>
            <A class="button-link" href="/staff">{t('moderation.toLogin')}</A>
          </div>
        }
      >
        <StaffTabs />
        <ProgrammeImport />
        <StandsUpload />
        <ExportLinks />
      </Show>
    </section>
  );
}
