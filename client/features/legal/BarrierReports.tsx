import { For, Show } from 'solid-js';
import { formatTime, defaultTimeZone } from '../../../shared/time';
import { dateLocale, t } from '../../i18n/i18n';
import { state } from '../../sync/connection';

/** The organizer's list of barrier reports: only staff devices ever receive them. */
export function BarrierReports() {
  const reports = () => [...state().barrierReports].reverse();
  const zone = () => state().event?.timeZone ?? defaultTimeZone;
  return (
    <section aria-labelledby="barrier-reports-title" data-barrier-reports>
      <h2 id="barrier-reports-title">{t('barrier.staffTitle')}</h2>
      <p class="field-hint">{t('barrier.staffOnly')}</p>
      <Show when={reports().length > 0} fallback={<p class="muted">{t('barrier.none')}</p>}>
        <ul class="plain-list">
          <For each={reports()}>
            {(report) => (
              <li class="card" data-barrier-report={report.id}>
                <p class="barrier-report-text">{report.text}</p>
                <p class="field-hint">
                  {t('barrier.from', { page: report.page || '/', time: formatTime(report.reportedAt, zone(), dateLocale()) })}
                  <Show when={report.email}>{(email) => <> · <a href={`mailto:${email()}`}>{email()}</a></>}</Show>
                </p>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
