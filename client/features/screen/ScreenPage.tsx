import { useParams } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import { visibleQuestions, type Question } from '../../../shared/questions';
import { t } from '../../i18n/i18n';
import { WhenLoaded } from '../../layout/WhenLoaded';
import { state, status } from '../../sync/connection';
import { roomName, timeRangeWithDay } from '../agenda/sessionView';
import { openPollOf } from '../polls/pollView';
import { JoinQr } from './JoinQr';
import { ScreenPoll } from './ScreenPoll';
import { ScreenUrgent } from './ScreenUrgent';
import { questionText } from '../questions/questionText';

/** As many as a hall can read at once; the rest is a count. */
const shownOnScreen = 6;
/** Longer questions get a smaller size, so even a 500-character one fits the screen. */
const lengthClass = (q: Question) => ({ 'is-long': q.text.length > 120 && q.text.length <= 260, 'is-very-long': q.text.length > 260 });

function ScreenQuestion(props: { question: Question }) {
  return (
    <li class="screen-question" classList={lengthClass(props.question)} data-question-id={props.question.id}>
      <p class="screen-votes">
        <span class="screen-votes-count">{props.question.votes}</span>
        <span class="screen-votes-label">{t('screen.votes')}</span>
      </p>
      <div>
        <p class="screen-question-text">{questionText(props.question)}</p>
        <Show when={props.question.authorName}>{(name) => <p class="screen-author">{name()}</p>}</Show>
      </div>
    </li>
  );
}

/**
 * The big screen in the hall: no app chrome, dark, large, updating live. A running poll and the
 * question "on stage" fill the top; below, the published questions by votes; in the corner, the
 * join QR code.
 */
export function ScreenPage() {
  const params = useParams();
  const sessionId = () => params.sessionId ?? '';
  const session = () => state().sessions[sessionId()];
  const staged = () => {
    const id = state().stage[sessionId()];
    const question = id ? state().questions[id] : undefined;
    return question?.status === 'published' ? question : undefined;
  };
  const rest = createMemo(() =>
    visibleQuestions(state().questions, { kind: 'session', id: sessionId() }).filter((q) => q.id !== staged()?.id),
  );
  const askUrl = () => `${window.location.origin}/session/${encodeURIComponent(sessionId())}`;
  const poll = () => openPollOf(state(), sessionId()) ?? openPollOf(state(), null);

  return (
    <div class="screen" data-screen-for={sessionId()}>
      <WhenLoaded class="screen-empty">
        <Show when={session()} fallback={<p class="screen-empty">{t('screen.notFound')}</p>}>
          {(found) => (
            <>
              <header class="screen-header">
                <h1 class="screen-title">{found().title}</h1>
                <p class="screen-meta">
                  {timeRangeWithDay(found(), state())} · {roomName(found().roomId, state())}
                </p>
              </header>
              <ScreenUrgent />
              <Show when={poll()}>{(open) => <ScreenPoll poll={open()} />}</Show>
              <section class="screen-stage" aria-live="polite" aria-label={t('screen.nowAsked')}>
                <Show when={staged()}>
                  {(question) => (
                    <div class="screen-staged" classList={lengthClass(question())} data-question-id={question().id}>
                      <p class="screen-label">{t('screen.nowAsked')}</p>
                      <p class="screen-staged-text">{question().text}</p>
                      <Show when={question().authorName}>{(name) => <p class="screen-author">{name()}</p>}</Show>
                    </div>
                  )}
                </Show>
              </section>
              <section class="screen-list" aria-label={t('screen.questions')}>
                <Show when={rest().length > 0 || staged()} fallback={<p class="screen-empty">{t('screen.empty')}</p>}>
                  <ol class="plain-list screen-questions">
                    <For each={rest().slice(0, shownOnScreen)}>{(question) => <ScreenQuestion question={question} />}</For>
                  </ol>
                  <Show when={rest().length > shownOnScreen}>
                    <p class="screen-more">{t('screen.more', { count: rest().length - shownOnScreen })}</p>
                  </Show>
                </Show>
              </section>
              <footer class="screen-footer">
                <JoinQr url={askUrl()} />
                <Show when={status() === 'offline'}>
                  <p class="screen-offline">{t('screen.offline')}</p>
                </Show>
              </footer>
            </>
          )}
        </Show>
      </WhenLoaded>
    </div>
  );
}
