import { Show } from 'solid-js';
import type { CommandPayload, CommandType } from '../../../shared/commands';
import type { Question } from '../../../shared/questions';
import { t } from '../../i18n/i18n';
import { sendCommand, state } from '../../sync/connection';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';
import { MergeControl } from './MergeControl';
import { DeleteQuestionButton } from './DeleteQuestionButton';
import { FaqToggle } from '../questions/FaqToggle';

/** The moderator's buttons for one question; which ones show depends on its status. */
export function QuestionActions(props: { question: Question; mergeCandidates: Question[] }) {
  const command = createCommandStatus();
  const ref = () => ({ questionId: props.question.id });
  const sessionId = () => (props.question.target.kind === 'session' ? props.question.target.id : null);
  const onStage = () => {
    const id = sessionId();
    return id !== null && state().stage[id] === props.question.id;
  };

  async function run<K extends CommandType>(type: K, payload: CommandPayload<K>): Promise<void> {
    if (command.busy()) return;
    command.start();
    if (command.check(await sendCommand(type, payload))) command.done('qmod.done');
  }

  function stage(questionId: string | null): void {
    const id = sessionId();
    if (id) void run('question:stage', { sessionId: id, questionId });
  }
  const published = () => props.question.status === 'published';

  return (
    <div class="question-actions">
      <div class="button-row">
        <Show when={!published()}>
          <button type="button" class="button" onClick={() => void run('question:approve', ref())}>
            {props.question.status === 'hidden' ? t('qmod.unhide') : t('qmod.approve')}
          </button>
        </Show>
        <Show when={props.question.status !== 'hidden'}>
          <button type="button" class="button button-quiet" onClick={() => void run('question:hide', ref())}>
            {t('qmod.hide')}
          </button>
        </Show>
        <Show when={published()}>
          <button
            type="button"
            class="button button-quiet"
            aria-pressed={props.question.pinned}
            onClick={() => void run('question:pin', { ...ref(), pinned: !props.question.pinned })}
          >
            {props.question.pinned ? t('qmod.unpin') : t('qmod.pin')}
          </button>
          <Show when={sessionId()}>
            <button
              type="button"
              class="button button-quiet"
              aria-pressed={onStage()}
              onClick={() => stage(onStage() ? null : props.question.id)}
            >
              {onStage() ? t('qmod.unstage') : t('qmod.stage')}
            </button>
          </Show>
        </Show>
        <button
          type="button"
          class="button button-quiet"
          onClick={() => void run('question:mark-answered', { ...ref(), answered: !props.question.answered })}
        >
          {props.question.answered ? t('qmod.markOpen') : t('qmod.markAnswered')}
        </button>
        <FaqToggle question={props.question} onToggle={(faq) => void run('question:mark-faq', { ...ref(), faq })} />
        <DeleteQuestionButton onDelete={() => void run('question:delete', ref())} />
      </div>
      <Show when={published() && props.mergeCandidates.length > 0}>
        <MergeControl
          question={props.question}
          candidates={props.mergeCandidates}
          onMerge={(intoId) => run('question:merge', { ...ref(), intoId })}
        />
      </Show>
      <FormStatusLine status={command.status()} />
    </div>
  );
}
