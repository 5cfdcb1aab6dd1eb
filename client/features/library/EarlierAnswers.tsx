import { For, onMount, Show } from 'solid-js';
import { dateWithYear } from '../../../shared/agendaDays';
import { dateLocale, t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { earlierAnswersOf, refreshEarlierAnswers } from './earlierAnswers';

/** At a returning project's stand: what was asked and answered there at the series' earlier dates (kept on the phone). */
export function EarlierAnswers(props: { standId: string }) {
  onMount(() => void refreshEarlierAnswers(state));
  const answers = () => earlierAnswersOf(props.standId);
  return (
    <Show when={answers().length > 0}>
      <section class="stand-faq stand-earlier" aria-labelledby="stand-earlier-title">
        <h2 id="stand-earlier-title">{t('library.earlier')}</h2>
        <For each={answers()}>
          {(answer) => (
            <details class="faq-item">
              <summary class="faq-question">{answer.question}</summary>
              <div class="earlier-answer">
                <p class="stand-text">{answer.answer}</p>
                <p class="muted">{t('library.earlierFrom', { name: answer.eventName, date: dateWithYear(answer.firstDay, dateLocale()) })}</p>
              </div>
            </details>
          )}
        </For>
      </section>
    </Show>
  );
}
