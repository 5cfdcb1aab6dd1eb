import { Show } from 'solid-js';
import type { Question } from '../../../shared/questions';
import { t } from '../../i18n/i18n';

/**
 * The answer under a question. The wrapper is always there and (unless `quiet`) polite, so an
 * answer that arrives while the page is open is read out once; answer text is rendered as text.
 */
export function AnswerBlock(props: { question: Question; quiet?: boolean }) {
  return (
    <div class="answer-slot" aria-live={props.quiet ? undefined : 'polite'}>
      <Show
        when={props.question.answer}
        fallback={
          <Show when={props.question.answered}>
            <p class="answer-flag">{t('questions.answeredNoText')}</p>
          </Show>
        }
      >
        {(answer) => (
          <div class="answer" data-answer-by={answer().by}>
            <p class="answer-label">{t(answer().by === 'host' ? 'questions.answer.host' : 'questions.answer.moderator')}</p>
            <p class="answer-text">{answer().text}</p>
          </div>
        )}
      </Show>
    </div>
  );
}
