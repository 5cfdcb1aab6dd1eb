import { createSignal, Show } from 'solid-js';
import type { MessageKey } from '../i18n/i18n';
import { errorMessage, t } from '../i18n/i18n';
import type { SendResult } from '../sync/commandResult';
import type { ApiOutcome } from '../sync/httpApi';
import { FormStatusLine } from './FormStatusLine';
import { createCommandStatus } from './useCommandStatus';

/** One decimal, and never "0.0" for a small file that is there. */
const megabytes = (bytes: number) => Math.max(0.1, bytes / (1024 * 1024)).toFixed(1);

/** The words of one kind of stored file's form, as message keys. */
export interface StoredFileTexts {
  title: MessageKey;
  hint: MessageKey;
  none: MessageKey;
  /** With {type} and {size} (MB). */
  current: MessageKey;
  file: MessageKey;
  upload: MessageKey;
  /** The upload button while a large file is on its way; else the upload's own words. */
  uploading?: MessageKey;
  remove: MessageKey;
  pickFirst: MessageKey;
  saved: MessageKey;
  removed: MessageKey;
}

/**
 * The organizer uploads, replaces or removes one stored file (the DGS video, the plan image):
 * the bytes over HTTP first, then the command that names the stored file, or null to take it off.
 */
export function StoredFileSettings<R>(props: {
  /** Names the section's heading and the form (`data-form`). */
  name: string;
  texts: StoredFileTexts;
  accept: readonly string[];
  /** The file the state names now, if any. */
  stored: { type: string; size: number } | null;
  /** How the type is shown ("PNG", "MP4"). */
  typeLabel: (type: string) => string;
  upload: (file: File) => Promise<ApiOutcome<R>>;
  /** Names the uploaded file in the state, or (null) takes it off. */
  save: (uploaded: R | null) => Promise<SendResult>;
}) {
  const [file, setFile] = createSignal<File | null>(null);
  const command = createCommandStatus();

  async function upload(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const chosen = file();
    if (command.busy()) return;
    if (!chosen) return command.fail(props.texts.pickFirst);
    command.start();
    const uploaded = await props.upload(chosen);
    if (!uploaded.ok) return command.failText(errorMessage(uploaded.code));
    if (command.check(await props.save(uploaded.value))) command.done(props.texts.saved);
  }

  async function remove(): Promise<void> {
    if (command.busy()) return;
    command.start();
    if (command.check(await props.save(null))) command.done(props.texts.removed);
  }

  return (
    <section aria-labelledby={`${props.name}-title`}>
      <h2 id={`${props.name}-title`}>{t(props.texts.title)}</h2>
      <form class="card settings-form" onSubmit={(e) => void upload(e)} data-form={props.name}>
        <p class="field-hint">{t(props.texts.hint)}</p>
        <Show when={props.stored} fallback={<p class="muted">{t(props.texts.none)}</p>}>
          {(stored) => <p>{t(props.texts.current, { type: props.typeLabel(stored().type), size: megabytes(stored().size) })}</p>}
        </Show>
        <label class="field">
          <span class="field-label">{t(props.texts.file)}</span>
          <input type="file" name="file" accept={props.accept.join(',')} onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
        </label>
        <div class="button-row">
          <button type="submit" class="button" disabled={command.busy()}>
            {t(command.busy() ? (props.texts.uploading ?? props.texts.upload) : props.texts.upload)}
          </button>
          <Show when={props.stored}>
            <button type="button" class="button button-quiet" disabled={command.busy()} onClick={() => void remove()}>
              {t(props.texts.remove)}
            </button>
          </Show>
        </div>
        <FormStatusLine status={command.status()} />
      </form>
    </section>
  );
}
