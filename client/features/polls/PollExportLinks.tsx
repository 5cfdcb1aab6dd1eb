import { createSignal } from 'solid-js';
import { errorMessage, t } from '../../i18n/i18n';
import { staffToken } from '../../sync/staffToken';
import { apiPath } from '../../sync/eventAddress';

/**
 * The organizer's downloads. The export needs the staff token, which a plain link cannot send:
 * fetched with it, then saved from a local blob URL.
 */
export function PollExportLinks() {
  const [error, setError] = createSignal('');
  async function download(file: 'polls.csv' | 'polls.json'): Promise<void> {
    setError('');
    try {
      const response = await fetch(apiPath(`/api/export/${file}`), { headers: { authorization: `Bearer ${staffToken() ?? ''}` } });
      if (!response.ok) return void setError(errorMessage(response.status === 403 ? 'forbidden' : 'internal'));
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = file.replace('polls', 'abstimmungen-feedback');
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setError(errorMessage('offline'));
    }
  }
  return (
    <section class="card" aria-labelledby="poll-export-title">
      <h2 id="poll-export-title">{t('pollAdmin.export')}</h2>
      <div class="button-row">
        <button type="button" class="button button-quiet" data-export="csv" onClick={() => void download('polls.csv')}>
          {t('pollAdmin.exportCsv')}
        </button>
        <button type="button" class="button button-quiet" data-export="json" onClick={() => void download('polls.json')}>
          {t('pollAdmin.exportJson')}
        </button>
      </div>
      <p class="form-error" role="alert">
        {error()}
      </p>
    </section>
  );
}
