import { A } from '@solidjs/router';
import { createResource, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { errorMessage, t } from '../../i18n/i18n';
import { staffRole } from '../../sync/staffToken';
import { StaffTabs } from '../moderation/StaffTabs';
import { CodeCard } from './CodeCard';
import { CodeList } from './CodeList';
import { CreateCodeForm } from './CreateCodeForm';
import { LiveFigures } from './LiveFigures';
import { EventSettings } from '../eventSettings/EventSettingsForm';
import { RoomSettings } from '../eventSettings/RoomSettings';
import { RemoveDemo } from '../eventSettings/RemoveDemo';
import { listCodes, type CodeRecord, type CreatedCode } from './organizerApi';
import { SignInNotice } from '../staff/SignInNotice';
import { fetchDeploymentInfo } from './deploymentInfo';
import { SecureContextWarning, VersionLine } from './SecureContextWarning';
import { SeriesDesk } from '../series/SeriesDesk';
import { LibraryDesk } from '../library/LibraryDesk';
import { BarrierReports } from '../legal/BarrierReports';
import { LegalPagesEditor } from '../legal/LegalPagesEditor';
import { RetentionSettings } from '../privacy/RetentionSettings';
import { SignVideoSettings } from '../signVideo/SignVideoSettings';
import { PlanImageSettings } from '../map/PlanImageSettings';
import { StandsEditor } from './StandsEditor';
import { PlanEditor } from '../planEditor/PlanEditor';

function OrganizerDesk() {
  const [created, setCreated] = createSignal<readonly CreatedCode[]>([]);
  const [codes, setCodes] = createSignal<CodeRecord[]>([]);
  const [loadError, setLoadError] = createSignal<string | null>(null);
  const [printing, setPrinting] = createSignal<string | null>(null);

  async function reload(): Promise<void> {
    const outcome = await listCodes();
    if (!outcome.ok) {
      setLoadError(t('org.codes.loadError', { reason: errorMessage(outcome.code) }));
      return;
    }
    setLoadError(null);
    setCodes(outcome.value);
  }

  // The print stylesheet shows only the card marked for printing; the mark goes once printing ends.
  function print(id: string): void {
    setPrinting(id);
    window.print();
  }
  const afterPrint = () => setPrinting(null);
  onMount(() => {
    void reload();
    window.addEventListener('afterprint', afterPrint);
  });
  onCleanup(() => window.removeEventListener('afterprint', afterPrint));

  return (
    <div classList={{ 'is-printing-card': printing() !== null }}>
      <div class="no-print">
        <h2>{t('org.create.title')}</h2>
        <CreateCodeForm
          onCreated={(code) => {
            setCreated([code, ...created()]);
            void reload();
          }}
        />
      </div>
      <Show when={created().length > 0}>
        <section aria-labelledby="new-codes-title">
          <h2 id="new-codes-title" class="no-print">
            {t('org.new.title')}
          </h2>
          <p class="notice no-print">{t('org.new.hint')}</p>
          <ul class="plain-list code-cards">
            <For each={created()}>
              {(code) => (
                <CodeCard
                  created={code}
                  printing={printing() === code.record.id}
                  onPrint={() => print(code.record.id)}
                />
              )}
            </For>
          </ul>
        </section>
      </Show>
      <div class="no-print">
        <LiveFigures />
        <RemoveDemo />
        <SeriesDesk />
        <LibraryDesk />
        <EventSettings />
        <RoomSettings />
        <StandsEditor
          codes={codes()}
          onCodeCreated={(code) => {
            setCreated([code, ...created()]);
            void reload();
          }}
          onCodesChanged={() => void reload()}
        />
        <BarrierReports />
        <RetentionSettings />
        <LegalPagesEditor />
        <SignVideoSettings />
        <PlanImageSettings />
        <PlanEditor />
        <h2>{t('org.codes.title')}</h2>
        <Show when={loadError()}>{(message) => <p class="form-error" role="alert">{message()}</p>}</Show>
        <CodeList codes={codes()} onChanged={() => void reload()} />
      </div>
    </div>
  );
}

export function OrganizerPage() {
  const [deployment] = createResource(fetchDeploymentInfo);
  return (
    <section class="page" aria-labelledby="org-title">
      <h1 id="org-title" class="no-print">
        {t('org.title')}
      </h1>
      <Show
        when={staffRole() === 'organizer'}
        fallback={<SignInNotice message="org.needLogin" />}
      >
        <SecureContextWarning info={deployment()} />
        <div class="no-print">
          <StaffTabs />
          <A class="button-link" href="/organizer/import">{t('import.link')}</A>
        </div>
        <OrganizerDesk />
        <VersionLine info={deployment()} />
      </Show>
    </section>
  );
}
