import { Show } from 'solid-js';
import { t } from '../i18n/i18n';
import type { FormStatus } from './useCommandStatus';

/** Outcome line under a form: polite for progress and success, an alert for errors. */
export function FormStatusLine(props: { status: FormStatus }) {
  const text = () => {
    const status = props.status;
    if (status.kind === 'busy') return t('edit.busy');
    return status.kind === 'done' ? status.text : '';
  };
  const error = () => {
    const status = props.status;
    return status.kind === 'error' ? status.text : null;
  };
  return (
    <>
      <p class="form-message" role="status">
        {text()}
      </p>
      <Show when={error()}>{(message) => <p class="form-error" role="alert">{message()}</p>}</Show>
    </>
  );
}
