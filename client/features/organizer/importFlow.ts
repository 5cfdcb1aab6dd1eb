import { createSignal } from 'solid-js';
import type { TimeReading } from '../../../shared/importReport';
import type { FieldIssue } from '../../../shared/errors';
import { changeCount, type ImportPreviewReply } from '../../../shared/importReport';
import type { ImportFormat } from '../../../shared/programmeImport';
import { errorMessage, t } from '../../i18n/i18n';
import { applyImport, formatOfFileName, previewImport, type ImportOutcome, type ImportRequest } from './importApi';

type ImportSource = { kind: 'file'; name: string; content: string } | { kind: 'text'; content: string };

export type ImportStatus =
  | { kind: 'idle' }
  | { kind: 'busy' | 'done'; text: string }
  | { kind: 'error'; text: string; issues: readonly FieldIssue[] }
  | { kind: 'conflict'; text: string };

/** A failed call as the status to show: the file's issues when the server could not use it. */
export function failureStatus(outcome: Extract<ImportOutcome<unknown>, { ok: false }>): ImportStatus {
  if (outcome.code === 'conflict') return { kind: 'conflict', text: t('import.conflict') };
  if (outcome.code === 'invalid_command') return { kind: 'error', text: t('import.invalid'), issues: outcome.issues };
  return { kind: 'error', text: t('import.failed', { reason: errorMessage(outcome.code) }), issues: outcome.issues };
}

/**
 * The programme import as preview, then apply. Any change of file, text or format drops the
 * preview, so "Übernehmen" always sends exactly the content that was previewed.
 */
export function createImportFlow() {
  const [format, setFormatSignal] = createSignal<ImportFormat>('frab-xml');
  const [source, setSource] = createSignal<ImportSource | null>(null);
  const [preview, setPreview] = createSignal<{ request: ImportRequest; reply: ImportPreviewReply } | null>(null);
  const [status, setStatus] = createSignal<ImportStatus>({ kind: 'idle' });
  // Bumped by every input change, so an answer to an older request is not shown as current.
  let generation = 0;
  const changed = () => {
    generation += 1;
    setPreview(null);
    setStatus({ kind: 'idle' });
  };

  async function chooseFile(file: File | undefined): Promise<void> {
    changed();
    if (!file) {
      setSource(null);
      return;
    }
    const suggested = formatOfFileName(file.name);
    if (suggested) setFormatSignal(suggested);
    try {
      setSource({ kind: 'file', name: file.name, content: await file.text() });
    } catch {
      setSource(null);
      setStatus({ kind: 'error', text: t('import.readError'), issues: [] });
    }
  }

  async function runPreview(timeReading?: TimeReading): Promise<void> {
    const content = source()?.content ?? '';
    if (content.trim() === '') {
      setStatus({ kind: 'error', text: t('import.noContent'), issues: [] });
      return;
    }
    const request = { format: format(), content, ...(timeReading ? { timeReading } : {}) };
    const mine = ++generation;
    setPreview(null);
    setStatus({ kind: 'busy', text: t('import.checking') });
    const outcome = await previewImport(request);
    if (mine !== generation) return;
    if (!outcome.ok) {
      setStatus(failureStatus(outcome));
      return;
    }
    setPreview({ request, reply: outcome.value });
    const counts = { count: changeCount(outcome.value.diff), rejected: outcome.value.rejected.length };
    setStatus({ kind: 'done', text: t('import.previewReady', counts) });
  }

  async function apply(): Promise<void> {
    const previewed = preview();
    if (!previewed || status().kind === 'busy') return;
    const mine = ++generation;
    setStatus({ kind: 'busy', text: t('import.applying') });
    const outcome = await applyImport(previewed.request, previewed.reply.baseSeq);
    if (mine !== generation) return;
    setPreview(null);
    if (!outcome.ok) {
      setStatus(failureStatus(outcome));
      return;
    }
    const count = changeCount(outcome.value.diff);
    setStatus({ kind: 'done', text: count === 1 ? t('import.appliedOne') : t('import.appliedMany', { count }) });
  }

  return {
    format,
    source,
    preview: () => preview()?.reply ?? null,
    status,
    busy: () => status().kind === 'busy',
    setFormat(next: ImportFormat): void {
      changed();
      setFormatSignal(next);
    },
    pasteText(content: string): void {
      changed();
      setSource(content === '' ? null : { kind: 'text', content });
    },
    chooseFile,
    runPreview: () => runPreview(),
    /** Previews again with the times read as the organizer chose; the apply then sends that choice. */
    chooseReading: (reading: TimeReading) => runPreview(reading),
    reading: () => preview()?.request.timeReading ?? null,
    apply,
  };
}
