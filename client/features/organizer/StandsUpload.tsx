import { createSignal } from 'solid-js';
import { t } from '../../i18n/i18n';
import { importStands } from './importApi';
import { failureStatus, type ImportStatus } from './importFlow';
import { ImportStatusLine } from './ImportStatusLine';

/** Stands and floor plan from one JSON file; the server applies all of it or, with issues, nothing. */
export function StandsUpload() {
  const [file, setFile] = createSignal<File | null>(null);
  const [status, setStatus] = createSignal<ImportStatus>({ kind: 'idle' });

  async function upload(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const chosen = file();
    if (status().kind === 'busy') return;
    if (!chosen) {
      setStatus({ kind: 'error', text: t('import.stands.noFile'), issues: [] });
      return;
    }
    setStatus({ kind: 'busy', text: t('import.stands.busy') });
    let content: string;
    try {
      content = await chosen.text();
    } catch {
      setStatus({ kind: 'error', text: t('import.readError'), issues: [] });
      return;
    }
    const outcome = await importStands(content);
    setStatus(outcome.ok ? { kind: 'done', text: t('import.stands.done') } : failureStatus(outcome));
  }

  return (
    <section class="card import-section" aria-labelledby="stands-import-title">
      <h2 id="stands-import-title">{t('import.stands.title')}</h2>
      <p class="muted">{t('import.stands.intro')}</p>
      <form onSubmit={(e) => void upload(e)} data-form="stands-import">
        <label class="field">
          <span class="field-label">{t('import.stands.file')}</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setStatus({ kind: 'idle' });
            }}
          />
        </label>
        <button type="submit" class="button" disabled={status().kind === 'busy'}>
          {t('import.stands.upload')}
        </button>
      </form>
      <ImportStatusLine status={status()} />
    </section>
  );
}
