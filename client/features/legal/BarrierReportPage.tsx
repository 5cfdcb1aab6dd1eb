import { A } from '@solidjs/router';
import { createSignal } from 'solid-js';
import { legalLimits } from '../../../shared/legal';
import { CountedField } from '../../forms/CountedField';
import { t } from '../../i18n/i18n';
import { enqueueCommand } from '../../sync/outbox';
import { uuid } from '../../sync/uuid';
import { lastPage } from './lastPage';

/**
 * "Barriere melden": through the outbox like a question, so a report written in a dead hall
 * Wi-Fi is not lost. Only staff receive it (`barrier:reported` goes to the staff audience).
 */
export function BarrierReportPage() {
  const [text, setText] = createSignal('');
  const [email, setEmail] = createSignal('');
  const [page, setPage] = createSignal(lastPage());
  const [sent, setSent] = createSignal(false);

  function report(event: SubmitEvent): void {
    event.preventDefault();
    const problem = text().trim();
    if (problem === '') return;
    const address = email().trim();
    void enqueueCommand('barrier:report', { reportId: uuid(), text: problem, page: page().trim(), ...(address ? { email: address } : {}) }).then(() => {
      setText('');
      setSent(true);
    });
  }

  return (
    <section class="page" aria-labelledby="barrier-title">
      <h1 id="barrier-title">{t('barrier.title')}</h1>
      <p>{t('barrier.intro')}</p>
      <form class="card barrier-form" onSubmit={report} data-form="barrier">
        <CountedField label="barrier.text" required rows={5} max={legalLimits.report} value={text()} onInput={(value) => { setText(value); setSent(false); }} />
        <label class="field">
          <span class="field-label">{t('barrier.page')}</span>
          <input type="text" name="page" maxLength={legalLimits.page} value={page()} onInput={(e) => setPage(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span class="field-label">{t('barrier.email')}</span>
          <input type="email" name="email" autocomplete="email" maxLength={legalLimits.email} value={email()} onInput={(e) => setEmail(e.currentTarget.value)} />
        </label>
        <button type="submit" class="button">{t('barrier.submit')}</button>
        <p class="form-message" role="status">{sent() ? t('barrier.queued') : ''}</p>
      </form>
      <p>
        <A href="/barrierefreiheit">{t('barrier.back')}</A>
      </p>
    </section>
  );
}
