import { createUniqueId, For, Show } from 'solid-js';
import { feedbackWindow } from '../../../shared/feedbackWindow';
import { own } from '../../../shared/records';
import { dateLocale, t } from '../../i18n/i18n';
import { sendCommand, state } from '../../sync/connection';
import { createServerClock } from '../agenda/serverClock';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';
import { decimal } from './pollView';
import { ResultBars } from './ResultBars';

const starLabels = [1, 2, 3, 4, 5].map((n) => `${n} ★`);

/** A session's feedback for staff: open it early, the stars as bars, the comments (staff only). */
export function FeedbackPanel(props: { sessionId: string }) {
  const now = createServerClock(30_000);
  const status = createCommandStatus();
  const titleId = createUniqueId();
  const summary = () => own(state().polls.feedback, props.sessionId);
  const window = () => feedbackWindow(state(), props.sessionId, now());

  async function open(): Promise<void> {
    status.start();
    if (status.check(await sendCommand('feedback:open', { sessionId: props.sessionId }))) status.done('edit.saved');
  }

  return (
    <section class="card feedback-panel" aria-labelledby={titleId} data-feedback-panel={props.sessionId}>
      <h2 id={titleId}>{t('pollAdmin.feedback')}</h2>
      <Show when={window() === 'not-yet'} fallback={<p class="muted">{window() === 'open' ? t('pollAdmin.feedbackOpen') : t('feedback.over')}</p>}>
        <p class="muted">{t('pollAdmin.feedbackAfter')}</p>
        <button type="button" class="button" disabled={status.busy()} onClick={() => void open()}>
          {t('pollAdmin.openFeedback')}
        </button>
        <FormStatusLine status={status.status()} />
      </Show>
      <Show when={summary()} fallback={<p class="muted">{t('pollAdmin.feedbackNone')}</p>}>
        {(found) => (
          <>
            <p class="poll-average" data-feedback-average>
              {t(found().count === 1 ? 'pollAdmin.feedbackSummaryOne' : 'pollAdmin.feedbackSummary', { count: found().count, average: decimal(found().average ?? 0, dateLocale()) })}
            </p>
            <ResultBars labels={starLabels} counts={found().distribution} />
            <Show when={found().comments.length > 0}>
              <h3>{t('pollAdmin.comments')}</h3>
              <ul class="plain-list feedback-comments">
                <For each={found().comments}>
                  {(comment) => (
                    <li class="feedback-comment">
                      <span class="feedback-comment-stars">{t('feedback.star', { n: comment.stars })}</span>
                      <p>{comment.text}</p>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
