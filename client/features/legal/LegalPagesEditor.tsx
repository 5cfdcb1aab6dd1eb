import { A } from '@solidjs/router';
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { legalLanguages, legalLimits, legalPages, type LegalLanguage, type LegalPage } from '../../../shared/legal';
import { CountedField } from '../../forms/CountedField';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';
import { t } from '../../i18n/i18n';
import { sendCommand, state } from '../../sync/connection';
import { proposedTexts } from './proposed';

/** The organizer writes each legal page per language; the phones keep what was saved. */
export function LegalPagesEditor() {
  const [page, setPage] = createSignal<LegalPage>('impressum');
  const [language, setLanguage] = createSignal<LegalLanguage>('de');
  const saved = () => state().legal[page()]?.[language()] ?? '';
  const [text, setText] = createSignal(saved());
  const command = createCommandStatus();
  // Another page or language: its saved text, not what was typed for the one before.
  createEffect(on([page, language], () => setText(saved()), { defer: true }));

  async function save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (command.busy()) return;
    command.start();
    if (command.check(await sendCommand('legal:set-page', { page: page(), language: language(), text: text().trim() }))) command.done('legal.edit.saved');
  }

  return (
    <section aria-labelledby="legal-edit-title">
      <h2 id="legal-edit-title">{t('legal.edit.title')}</h2>
      <form class="card settings-form" onSubmit={(e) => void save(e)} data-form="legal">
        <div class="field-row">
          <label class="field">
            <span class="field-label">{t('legal.edit.page')}</span>
            <select name="page" value={page()} onChange={(e) => setPage(e.currentTarget.value as LegalPage)}>
              <For each={legalPages}>{(p) => <option value={p}>{t(`legal.title.${p}`)}</option>}</For>
            </select>
          </label>
          <label class="field">
            <span class="field-label">{t('legal.edit.language')}</span>
            <select name="language" value={language()} onChange={(e) => setLanguage(e.currentTarget.value as LegalLanguage)}>
              <For each={legalLanguages}>{(l) => <option value={l}>{t(`legal.language.${l}`)}</option>}</For>
            </select>
          </label>
        </div>
        <p class="field-hint">{t('legal.edit.hint')}</p>
        <Show when={saved() === ''}>
          <p class="notice">{t('legal.edit.proposed')}</p>
        </Show>
        <CountedField label="legal.edit.text" rows={12} max={legalLimits.text} value={text()} onInput={setText} />
        <div class="button-row">
          <button type="button" class="button button-quiet" onClick={() => setText(proposedTexts(state().event)[page()][language()] ?? proposedTexts(state().event)[page()].de ?? '')}>
            {t('legal.edit.useProposal')}
          </button>
          <button type="submit" class="button" disabled={command.busy()}>{t('legal.edit.save')}</button>
        </div>
        <FormStatusLine status={command.status()} />
        <p><A href={`/${page()}`}>{t(`legal.title.${page()}`)}</A></p>
      </form>
    </section>
  );
}
