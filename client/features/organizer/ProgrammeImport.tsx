import { For, Show } from 'solid-js';
import { changeCount } from '../../../shared/importReport';
import { importFormats } from '../../../shared/programmeImport';
import { t } from '../../i18n/i18n';
import { loaded } from '../../sync/connection';
import { createImportFlow } from './importFlow';
import { ImportPreview } from './ImportPreview';
import { TimeConflictChoice } from './TimeConflictChoice';
import { ImportStatusLine } from './ImportStatusLine';

/** Programme import: a file or pasted text, a preview of every change, then one batch. */
export function ProgrammeImport() {
  const flow = createImportFlow();
  let fileInput: HTMLInputElement | undefined;
  const pastedText = () => {
    const source = flow.source();
    return source?.kind === 'text' ? source.content : '';
  };
  const applicable = () => {
    const preview = flow.preview();
    return preview !== null && preview.rejected.length === 0 && changeCount(preview.diff) > 0;
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!flow.busy()) void flow.runPreview();
  };
  const paste = (content: string) => {
    // One source at a time: pasted text takes the place of a chosen file.
    if (fileInput) fileInput.value = '';
    flow.pasteText(content);
  };

  return (
    <section class="card import-section" aria-labelledby="programme-import-title">
      <h2 id="programme-import-title">{t('import.programme.title')}</h2>
      <p class="muted">{t('import.programme.intro')}</p>
      <form onSubmit={submit} data-form="programme-import">
        <div class="field-group">
          <label class="field">
            <span class="field-label">{t('import.file')}</span>
            <input
              ref={fileInput}
              type="file"
              accept=".xml,.json,.csv"
              aria-describedby="import-file-hint"
              onChange={(e) => void flow.chooseFile(e.currentTarget.files?.[0])}
            />
          </label>
          <span id="import-file-hint" class="field-hint">
            {t('import.fileHint')}
          </span>
        </div>
        <div class="field-group">
          <label class="field">
            <span class="field-label">{t('import.paste')}</span>
            <textarea rows="4" spellcheck={false} aria-describedby="import-paste-hint" value={pastedText()} onInput={(e) => paste(e.currentTarget.value)} />
          </label>
          <span id="import-paste-hint" class="field-hint">
            {t('import.pasteHint')}
          </span>
        </div>
        <div class="field-group">
          <label class="field">
            <span class="field-label">{t('import.format')}</span>
            <select
              aria-describedby={flow.format() === 'csv' ? 'import-csv-hint' : undefined}
              onChange={(e) => flow.setFormat(importFormats.find((f) => f === e.currentTarget.value) ?? 'frab-xml')}
            >
              <For each={importFormats}>
                {(format) => (
                  <option value={format} selected={format === flow.format()}>
                    {t(`import.format.${format}`)}
                  </option>
                )}
              </For>
            </select>
          </label>
          <Show when={flow.format() === 'csv'}>
            <span id="import-csv-hint" class="field-hint">
              {t('import.csvHint')}
            </span>
          </Show>
        </div>
        <button type="submit" class="button" disabled={flow.busy()}>
          {t('import.preview')}
        </button>
      </form>
      <ImportStatusLine status={flow.status()} />
      <Show when={flow.status().kind === 'conflict'}>
        <button type="button" class="button button-quiet" onClick={() => void flow.runPreview()}>
          {t('import.previewAgain')}
        </button>
      </Show>
      {/* Rooms and times are named from the staff state: shown once it is there. */}
      <Show when={loaded() && flow.preview()}>
        {(preview) => (
          <>
            <TimeConflictChoice preview={preview()} chosen={flow.reading()} busy={flow.busy()} onChoose={(reading) => void flow.chooseReading(reading)} />
            <ImportPreview preview={preview()} />
            <Show when={applicable()}>
              <button type="button" class="button" disabled={flow.busy() || (preview().timeConflict !== undefined && flow.reading() === null)} onClick={() => void flow.apply()}>
                {t('import.apply')}
              </button>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
