import { createSignal } from 'solid-js';
import { limits, type Announcement } from '../../../shared/model';
import { t } from '../../i18n/i18n';
import { sendCommand } from '../../sync/connection';
import { CountedField } from '../../forms/CountedField';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';

type Level = Announcement['level'];

export function AnnouncementForm() {
  const [text, setText] = createSignal('');
  const [textEn, setTextEn] = createSignal('');
  const [level, setLevel] = createSignal<Level>('info');
  const command = createCommandStatus();

  async function publish(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (command.busy() || text().trim() === '') return;
    command.start();
    const english = textEn().trim();
    const result = await sendCommand('announcement:post', {
      level: level(),
      text: text().trim(),
      ...(english ? { textEn: english } : {}),
    });
    if (!command.check(result)) return;
    setText('');
    setTextEn('');
    setLevel('info');
    command.done('announce.done');
  }

  return (
    <form class="card" onSubmit={(e) => void publish(e)} data-form="announcement">
      <CountedField label="announce.text" required rows={4} max={limits.announcement} value={text()} onInput={setText} />
      <label class="field">
        <span class="field-label">{t('announce.textEn')}</span>
        <textarea
          rows={3}
          lang="en"
          maxLength={limits.announcement}
          value={textEn()}
          onInput={(e) => setTextEn(e.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span class="field-label">{t('announce.level')}</span>
        <select value={level()} onChange={(e) => setLevel(e.currentTarget.value === 'urgent' ? 'urgent' : 'info')}>
          <option value="info">{t('announce.level.info')}</option>
          <option value="urgent">{t('announce.level.urgent')}</option>
        </select>
      </label>
      <button type="submit" class="button" disabled={command.busy()}>
        {t('announce.submit')}
      </button>
      <FormStatusLine status={command.status()} />
    </form>
  );
}
