import { Show } from 'solid-js';
import type { Question } from '../../../shared/questions';
import { t } from '../../i18n/i18n';

/** Whether a question can go into its stand's "Häufige Fragen": a published, answered stand question. */
export const faqCandidate = (question: Question) => question.target.kind === 'stand' && question.status === 'published' && question.answered && !question.mergedInto;

/** Puts an answered stand question into the stand's FAQ and takes it out again (host and moderator). */
export function FaqToggle(props: { question: Question; onToggle: (faq: boolean) => void }) {
  return (
    <Show when={faqCandidate(props.question)}>
      <button
        type="button"
        class="button button-quiet"
        aria-pressed={props.question.faq === true}
        data-faq-toggle={props.question.id}
        onClick={() => props.onToggle(!props.question.faq)}
      >
        {props.question.faq ? t('faq.unmark') : t('faq.mark')}
      </button>
    </Show>
  );
}
