import { createSignal, createUniqueId, For, Match, Show, Switch, untrack } from 'solid-js';
import { feedbackWindow } from '../../../shared/feedbackWindow';
import { pollLimits } from '../../../shared/polls';
import { CountedField } from '../../forms/CountedField';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { createServerClock } from '../agenda/serverClock';
import { queuedHint } from '../offline/queuedHint';
import { giveFeedback, myRating } from './myFeedback';

/**
 * After a session (or once a moderator opens it early): 1–5 stars and an optional comment, once
 * per device, changeable until the end of the event day. Sent through the outbox, so offline too.
 */
export function FeedbackForm(props: { sessionId: string }) {
  const now = createServerClock(30_000);
  const window = () => feedbackWindow(state(), props.sessionId, now());
  // The form starts from this device's last rating, then follows the person's input.
  const earlier = untrack(() => myRating(props.sessionId)?.value);
  const [stars, setStars] = createSignal<number | null>(earlier?.stars ?? null);
  const [comment, setComment] = createSignal(earlier?.comment ?? '');
  const titleId = createUniqueId();

  function submit(event: SubmitEvent): void {
    event.preventDefault();
    const given = stars();
    if (given !== null) void giveFeedback(props.sessionId, { stars: given, comment: comment() });
  }

  return (
    <Show when={window() === 'open' || (window() === 'over' && myRating(props.sessionId))}>
      <section class="card feedback-card" aria-labelledby={titleId} data-feedback-for={props.sessionId}>
        <h2 id={titleId}>{t('feedback.title')}</h2>
        <Show when={window() === 'open'} fallback={<p class="muted">{t('feedback.over')}</p>}>
          <form class="poll-form" onSubmit={submit}>
            <fieldset class="poll-fieldset">
              <legend class="poll-hint">{t('feedback.stars')}</legend>
              <div class="feedback-stars">
                <For each={[1, 2, 3, 4, 5]}>
                  {(n) => (
                    <label class="feedback-star" classList={{ 'is-lit': (stars() ?? 0) >= n }}>
                      <input type="radio" name={titleId} checked={stars() === n} onChange={() => setStars(n)} />
                      <span aria-hidden="true">★</span>
                      <span class="visually-hidden">{t('feedback.star', { n })}</span>
                    </label>
                  )}
                </For>
              </div>
            </fieldset>
            <CountedField label="feedback.comment" hint="feedback.commentHint" rows={3} max={pollLimits.comment} value={comment()} onInput={setComment} />
            <button type="submit" class="button" disabled={stars() === null}>
              {myRating(props.sessionId) ? t('feedback.change') : t('feedback.submit')}
            </button>
          </form>
        </Show>
        <p class="poll-status" role="status" data-feedback-state={myRating(props.sessionId)?.state ?? 'none'}>
          <Switch>
            <Match when={myRating(props.sessionId)?.state === 'accepted'}>{t('feedback.saved')}</Match>
            <Match when={myRating(props.sessionId)?.state === 'sending'}>{queuedHint('feedback.queued')}</Match>
            <Match when={myRating(props.sessionId)?.state === 'too-late' || myRating(props.sessionId)?.state === 'failed'}>
              {t('feedback.refused')}
            </Match>
          </Switch>
        </p>
      </section>
    </Show>
  );
}
