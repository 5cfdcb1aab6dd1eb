import { createSignal, Show } from 'solid-js';
import { signVideoTypes } from '../../../shared/media';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';
import { errorMessage, t } from '../../i18n/i18n';
import { sendCommand, state } from '../../sync/connection';
import { uploadSignVideo } from './signVideoApi';

/** One decimal, and never "0.0" for a small file that is there. */
const megabytes = (bytes: number) => Math.max(0.1, bytes / (1024 * 1024)).toFixed(1);

/** The organizer uploads, replaces or removes the start page's DGS video. */
export function SignVideoSettings() {
  const [file, setFile] = createSignal<File | null>(null);
  const command = createCommandStatus();

  async function upload(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const chosen = file();
    if (command.busy()) return;
    if (!chosen) return command.fail('dgs.edit.pickFirst');
    command.start();
    const uploaded = await uploadSignVideo(chosen);
    if (!uploaded.ok) return command.failText(errorMessage(uploaded.code));
    if (command.check(await sendCommand('event:set-sign-video', { video: uploaded.value.video }))) command.done('dgs.edit.saved');
  }

  async function remove(): Promise<void> {
    if (command.busy()) return;
    command.start();
    if (command.check(await sendCommand('event:set-sign-video', { video: null }))) command.done('dgs.edit.removed');
  }

  return (
    <section aria-labelledby="dgs-edit-title">
      <h2 id="dgs-edit-title">{t('dgs.edit.title')}</h2>
      <form class="card settings-form" onSubmit={(e) => void upload(e)} data-form="sign-video">
        <p class="field-hint">{t('dgs.edit.hint')}</p>
        <Show when={state().signVideo} fallback={<p class="muted">{t('dgs.edit.none')}</p>}>
          {(video) => <p>{t('dgs.edit.current', { type: video().type === 'video/mp4' ? 'MP4' : 'WebM', size: megabytes(video().size) })}</p>}
        </Show>
        <label class="field">
          <span class="field-label">{t('dgs.edit.file')}</span>
          <input type="file" name="video" accept={signVideoTypes.join(',')} onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
        </label>
        <div class="button-row">
          <button type="submit" class="button" disabled={command.busy()}>
            {command.busy() ? t('dgs.edit.uploading') : t('dgs.edit.upload')}
          </button>
          <Show when={state().signVideo}>
            <button type="button" class="button button-quiet" disabled={command.busy()} onClick={() => void remove()}>
              {t('dgs.edit.remove')}
            </button>
          </Show>
        </div>
        <FormStatusLine status={command.status()} />
      </form>
    </section>
  );
}
