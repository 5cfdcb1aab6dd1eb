import { Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { staffRole } from '../../sync/staffToken';
import { StaffTabs } from '../moderation/StaffTabs';
import { ExportLinks } from './ExportLinks';
import { ProgrammeImport } from './ProgrammeImport';
import { StandsUpload } from './StandsUpload';
import { SignInNotice } from '../staff/SignInNotice';

/** The organizer's programme import and export, and the stands-and-floor-plan upload. */
export function ImportPage() {
  return (
    <section class="page" aria-labelledby="import-title">
      <h1 id="import-title">{t('import.title')}</h1>
      <Show
        when={staffRole() === 'organizer'}
        fallback={<SignInNotice message="org.needLogin" />}
      >
        <StaffTabs />
        <ProgrammeImport />
        <StandsUpload />
        <ExportLinks />
      </Show>
    </section>
  );
}
