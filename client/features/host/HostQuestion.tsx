import { Show } from 'solid-js';
import type { Question } from '../../../shared/questions';
import { t } from '../../i18n/i18n';
import { AnswerBlock } from '../questions/AnswerBlock';
import { AnswerForm } from './AnswerForm';
import { VotesBadge } from '../questions/VotesBadge';
import { questionText } from '../questions/questionText';
import { FaqToggle } from '../questions/FaqToggle';
import { sendCommand } from '../../sync/connection';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';

/** A question to the host's stand: open ones show the answer field, answered ones their answer. */
export function HostQuestion(props: { question: Question }) {
  const command = createCommandStatus();
  async function markFaq(faq: boolean): Promise<void> {
    if (command.busy()) return;
    command.start();
    if (command.check(await sendCommand('question:mark-faq', { questionId: props.question.id, faq }))) command.done('qmod.done');
  }
  return (
    <li
      class="card moderated-question"
      classList={{ 'is-pending': props.question.status === 'pending' }}
      data-question-id={props.question.id}
      data-status={props.question.status}
    >
      <p class="question-badges">
        <VotesBadge votes={props.question.votes} />
        <Show when={props.question.status === 'pending'}>
          <span class="badge badge-pending">{t('host.notPublic')}</span>
        </Show>
        <Show when={props.question.faq}>
          <span class="badge">{t('faq.badge')}</span>
        </Show>
      </p>
      <p class="question-text">{questionText(props.question)}</p>
      <p class="question-author">{props.question.authorName || t('questions.anonymous')}</p>
      <Show when={props.question.answer} fallback={<AnswerForm question={props.question} />}>
        <AnswerBlock question={props.question} quiet />
        <FaqToggle question={props.question} onToggle={(faq) => void markFaq(faq)} />
        <FormStatusLine status={command.status()} />
        <details class="answer-details">
          <summary>{t('answer.change')}</summary>
          <AnswerForm question={props.question} />
        </details>
      </Show>
    </li>
  );
}
