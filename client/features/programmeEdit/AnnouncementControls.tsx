import { createSignal, Show } from 'solid-js';
import { limits, type Announcement } from '../../../shared/model';
import { t } from '../../i18n/i18n';
import { sendCommand } from '../../sync/connection';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';

type Mode = 'idle' | 'correct' | 'withdraw';

/** Correct or withdraw a posted announcement; withdrawing asks once more, it reaches every phone. */
export function AnnouncementControls(props: { announcement: Announcement }) {
  const [mode, setMode] = createSignal<Mode>('idle');
  const [text, setText] = createSignal('');
  const [textEn, setTextEn] = createSignal('');
  const command = createCommandStatus();

  function startCorrecting(): void {
    setText(props.announcement.text);
    setTextEn(props.announcement.textEn ?? '');
    setMode('correct');
  }

  async function correct(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (command.busy() || text().trim() === '') return;
    command.start();
    const english = textEn().trim();
    const result = await sendCommand('announcement:correct', {
      announcementId: props.announcement.id,
      text: text().trim(),
      ...(english ? { textEn: english } : {}),
    });
    if (!command.check(result)) return;
    setMode('idle');
    command.done('announce.done');
  }

  async function withdraw(): Promise<void> {
    if (command.busy()) return;
    command.start();
    const result = await sendCommand('announcement:withdraw', { announcementId: props.announcement.id });
    if (command.check(result)) setMode('idle');
  }

  return (
    <div class="announcement-controls">
      <Show when={mode() === 'idle'}>
        <div class="button-row">
          <button type="button" class="button button-quiet" onClick={startCorrecting}>
            {t('announce.correct')}
          </button>
          <button type="button" class="button button-quiet button-danger" onClick={() => setMode('withdraw')}>
            {t('announce.withdraw')}
          </button>
        </div>
      </Show>
      <Show when={mode() === 'correct'}>
        <form class="announcement-correct" onSubmit={(e) => void correct(e)} data-form="announcement-correct">
          <label class="field">
            <span class="field-label">{t('announce.text')}</span>
            <textarea required rows={3} maxLength={limits.announcement} value={text()} onInput={(e) => setText(e.currentTarget.value)} />
          </label>
          <label class="field">
            <span class="field-label">{t('announce.textEn')}</span>
            <textarea rows={2} lang="en" maxLength={limits.announcement} value={textEn()} onInput={(e) => setTextEn(e.currentTarget.value)} />
          </label>
          <div class="button-row">
            <button type="submit" class="button" disabled={command.busy()}>
              {t('announce.correctSave')}
            </button>
            <button type="button" class="button button-quiet" onClick={() => setMode('idle')}>
              {t('announce.cancel')}
            </button>
          </div>
        </form>
      </Show>
      <Show when={mode() === 'withdraw'}>
        <div class="confirm-box" role="group" aria-label={t('announce.withdraw')}>
          <p>{t('announce.withdrawConfirm')}</p>
          <div class="button-row">
            <button type="button" class="button button-danger" disabled={command.busy()} onClick={() => void withdraw()}>
              {t('announce.withdrawYes')}
            </button>
            <button type="button" class="button button-quiet" onClick={() => setMode('idle')}>
              {t('announce.cancel')}
            </button>
          </div>
        </div>
      </Show>
      <FormStatusLine status={command.status()} />
    </div>
  );
}
