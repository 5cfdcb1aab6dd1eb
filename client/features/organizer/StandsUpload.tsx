import { createSignal, Show } from 'solid-js';
import type { StandsPreviewReply } from '../../../shared/importReport';
import type { HostEditChoice } from '../../../shared/standProfileFields';
import { t } from '../../i18n/i18n';
import { importStands, previewStands } from './importApi';
import { failureStatus, type ImportStatus } from './importFlow';
import { ImportStatusLine } from './ImportStatusLine';
import { StandEditsChoice } from './StandEditsChoice';

/**
 * Stands and floor plan from one JSON file; the server applies all of it or, with issues, nothing.
 * A preview first: where the file would overwrite what hosts edited on screen, the organizer chooses.
 */
export function StandsUpload() {
  const [file, setFile] = createSignal<File | null>(null);
  const [status, setStatus] = createSignal<ImportStatus>({ kind: 'idle' });
  const [pending, setPending] = createSignal<{ content: string; overwrites: StandsPreviewReply['overwrites'] } | null>(null);

  async function apply(content: string, hostEdits?: HostEditChoice): Promise<void> {
    setStatus({ kind: 'busy', text: t('import.stands.busy') });
    const outcome = await importStands({ content, ...(hostEdits ? { hostEdits } : {}) });
    if (outcome.ok) setPending(null);
    setStatus(outcome.ok ? { kind: 'done', text: t('import.stands.done') } : failureStatus(outcome));
  }

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
    const preview = await previewStands(content);
    if (!preview.ok) {
      setStatus(failureStatus(preview));
      return;
    }
    if (preview.value.overwrites.length === 0) return apply(content);
    setPending({ content, overwrites: preview.value.overwrites });
    setStatus({ kind: 'idle' });
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
              setPending(null);
              setStatus({ kind: 'idle' });
            }}
          />
        </label>
        <button type="submit" class="button" disabled={status().kind === 'busy'}>
          {t('import.stands.upload')}
        </button>
      </form>
      <ImportStatusLine status={status()} />
      <Show when={pending()}>
        {(held) => <StandEditsChoice overwrites={held().overwrites} busy={status().kind === 'busy'} onChoose={(choice) => void apply(held().content, choice)} />}
      </Show>
    </section>
  );
}
