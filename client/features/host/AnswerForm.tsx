import { createSignal } from 'solid-js';
import { questionLimits, type Question } from '../../../shared/questions';
import { t } from '../../i18n/i18n';
import { sendCommand } from '../../sync/connection';
import { CountedField } from '../../forms/CountedField';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';

/** A public written answer; answering also publishes a question that was still waiting. */
export function AnswerForm(props: { question: Question }) {
  // null: untouched, so the field shows the current answer (also one written elsewhere meanwhile).
  const [draft, setDraft] = createSignal<string | null>(null);
  const command = createCommandStatus();
  const text = () => draft() ?? props.question.answer?.text ?? '';

  async function publish(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const answer = text().trim();
    if (command.busy() || answer === '') return;
    command.start();
    if (!command.check(await sendCommand('question:answer', { questionId: props.question.id, text: answer }))) return;
    setDraft(null);
    command.done('answer.done');
  }

  return (
    <form class="answer-form" onSubmit={(e) => void publish(e)} data-form="answer">
      <CountedField label="answer.label" required rows={3} max={questionLimits.answer} value={text()} onInput={setDraft} />
      <button type="submit" class="button" disabled={command.busy()}>
        {props.question.answer ? t('answer.change') : t('answer.submit')}
      </button>
      <FormStatusLine status={command.status()} />
    </form>
  );
}
