import { createUniqueId, For, Show } from 'solid-js';
import type { CommandType } from '../../../shared/commands';
import type { Poll } from '../../../shared/polls';
import { own } from '../../../shared/records';
import { t, type MessageKey } from '../../i18n/i18n';
import { sendCommand, state } from '../../sync/connection';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';
import { ConfirmStep } from '../../forms/ConfirmStep';
import { PollResultsView } from './PollResultsView';

type PollAction = Extract<CommandType, 'poll:open' | 'poll:close' | 'poll:reveal' | 'poll:delete'>;

/** One poll for the moderator: its state, the buttons that move it on, the live results (hidden or not). */
export function StaffPollItem(props: { poll: Poll }) {
  const status = createCommandStatus();
  const titleId = createUniqueId();
  const results = () => own(state().polls.results, props.poll.id);

  async function run(type: PollAction): Promise<void> {
    status.start();
    if (status.check(await sendCommand(type, { pollId: props.poll.id }))) status.done('edit.saved');
  }
  const action = (type: PollAction, label: MessageKey, primary = false) => (
    <button type="button" class={primary ? 'button' : 'button button-quiet'} disabled={status.busy()} onClick={() => void run(type)}>
      {t(label)}
    </button>
  );
  const statusLabel = () => t(props.poll.status === 'draft' ? 'polls.draft' : props.poll.status === 'open' ? 'polls.open' : 'polls.closed');

  return (
    <li class="card staff-poll" data-staff-poll={props.poll.id} data-poll-status={props.poll.status}>
      <p class="poll-kicker">
        {t(`pollAdmin.kind.${props.poll.kind}` satisfies MessageKey)} · {statusLabel()}
        <Show when={props.poll.revealed}> · {t('pollAdmin.revealed')}</Show>
      </p>
      <h3 id={titleId} class="poll-question">
        {props.poll.question}
      </h3>
      <div class="button-row">
        <Show when={props.poll.status !== 'open'}>{action('poll:open', 'pollAdmin.openPoll', true)}</Show>
        <Show when={props.poll.status === 'open'}>{action('poll:close', 'pollAdmin.closePoll', true)}</Show>
        <Show when={props.poll.status !== 'draft' && !props.poll.revealed}>{action('poll:reveal', 'pollAdmin.reveal')}</Show>
      </div>
      <ConfirmStep
        action={t('pollAdmin.delete')}
        question={t('pollAdmin.confirmDelete', { question: props.poll.question })}
        confirm={t('pollAdmin.deleteYes')}
        keep={t('pollAdmin.deleteKeep')}
        busy={status.busy()}
        onConfirm={() => run('poll:delete')}
      />
      <FormStatusLine status={status.status()} />
      <Show when={results()}>
        {(shown) => (
          <>
            <Show when={!props.poll.revealed}>
              <p class="muted">{t('pollAdmin.hiddenNote')}</p>
            </Show>
            <PollResultsView poll={props.poll} results={shown()} />
            <Show when={props.poll.kind === 'words' && shown().words.length > 0}>
              <ul class="plain-list word-moderation">
                <For each={shown().words}>
                  {(word) => (
                    <li>
                      <button type="button" class="button button-quiet" onClick={() => void sendCommand('poll:hide-word', { pollId: props.poll.id, word: word.word })}>
                        {t('pollAdmin.hideWord', { word: word.word })}
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </>
        )}
      </Show>
    </li>
  );
}
