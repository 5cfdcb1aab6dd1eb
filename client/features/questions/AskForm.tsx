import { createSignal, createUniqueId, Show } from 'solid-js';
import { moderationModeFor, questionLimits, type QuestionTarget } from '../../../shared/questions';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { enqueueCommand } from '../../sync/outbox';
import { uuid } from '../../sync/uuid';
import { CountedField } from '../../forms/CountedField';
import { rememberQuestion } from './myQuestions';

/**
 * Asking goes through the outbox: the question is stored on the device first and sent when the
 * network allows, so a dead hall Wi-Fi cannot swallow it.
 */
export function AskForm(props: { target: QuestionTarget }) {
  const [text, setText] = createSignal('');
  const [name, setName] = createSignal('');
  const [sent, setSent] = createSignal(false);
  const hintId = createUniqueId();
  const premoderated = () => moderationModeFor(state().moderation, props.target) === 'pre';

  function ask(event: SubmitEvent): void {
    event.preventDefault();
    const question = text().trim();
    if (question === '') return;
    const authorName = name().trim();
    const questionId = uuid();
    const target = { ...props.target };
    const askedAt = Date.now();
    setText('');
    // Listed under "Meine Fragen" once it is safely stored, never before.
    void enqueueCommand('question:ask', { questionId, target, text: question, ...(authorName ? { authorName } : {}) }).then(
      (commandId) => {
        rememberQuestion({ id: questionId, commandId, target, text: question, askedAt });
        setSent(true);
      },
    );
  }

  return (
    <form class="card ask-form" onSubmit={ask} data-form="ask">
      <CountedField
        label="questions.ask.text"
        required
        rows={3}
        max={questionLimits.text}
        describedBy={hintId}
        value={text()}
        onInput={(value) => {
          setText(value);
          setSent(false);
        }}
      />
      <label class="field">
        <span class="field-label">{t('questions.ask.name')}</span>
        <input
          type="text"
          autocomplete="name"
          maxLength={questionLimits.authorName}
          value={name()}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </label>
      <p id={hintId} class="field-hint">
        {t('questions.ask.anonymous')}
        <Show when={premoderated()}> {t('questions.ask.moderated')}</Show>
      </p>
      <button type="submit" class="button">
        {t('questions.ask.submit')}
      </button>
      <p class="form-message" role="status">
        {sent() ? t('questions.ask.queued') : ''}
      </p>
    </form>
  );
}
