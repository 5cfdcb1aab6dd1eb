import { createSignal, Show } from 'solid-js';
import { planImageTypes } from '../../../shared/media';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';
import { errorMessage, t } from '../../i18n/i18n';
import { sendCommand, state } from '../../sync/connection';
import { uploadPlanImage } from './planImageApi';

const megabytes = (bytes: number) => Math.max(0.1, bytes / (1024 * 1024)).toFixed(1);

/** The organizer uploads, replaces or removes the image under every phone's map. */
export function PlanImageSettings() {
  const [file, setFile] = createSignal<File | null>(null);
  const command = createCommandStatus();

  async function upload(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const chosen = file();
    if (command.busy()) return;
    if (!chosen) return command.fail('planImage.pickFirst');
    command.start();
    const uploaded = await uploadPlanImage(chosen);
    if (!uploaded.ok) return command.failText(errorMessage(uploaded.code));
    if (command.check(await sendCommand('plan:set-image', { image: uploaded.value.image }))) command.done('planImage.saved');
  }

  async function remove(): Promise<void> {
    if (command.busy()) return;
    command.start();
    if (command.check(await sendCommand('plan:set-image', { image: null }))) command.done('planImage.removed');
  }

  return (
    <section aria-labelledby="plan-image-title">
      <h2 id="plan-image-title">{t('planImage.title')}</h2>
      <form class="card settings-form" onSubmit={(e) => void upload(e)} data-form="plan-image">
        <p class="field-hint">{t('planImage.hint')}</p>
        <Show when={state().planImage} fallback={<p class="muted">{t('planImage.none')}</p>}>
          {(image) => <p>{t('planImage.current', { type: image().type === 'image/png' ? 'PNG' : 'JPEG', size: megabytes(image().size) })}</p>}
        </Show>
        <label class="field">
          <span class="field-label">{t('planImage.file')}</span>
          <input type="file" name="image" accept={planImageTypes.join(',')} onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
        </label>
        <div class="button-row">
          <button type="submit" class="button" disabled={command.busy()}>{t('planImage.upload')}</button>
          <Show when={state().planImage}>
            <button type="button" class="button button-quiet" disabled={command.busy()} onClick={() => void remove()}>
              {t('planImage.remove')}
            </button>
          </Show>
        </div>
        <FormStatusLine status={command.status()} />
      </form>
    </section>
  );
}
