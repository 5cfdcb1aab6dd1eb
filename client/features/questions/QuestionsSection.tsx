import { createUniqueId, Show } from 'solid-js';
import type { QuestionTarget } from '../../../shared/questions';
import type { MessageKey } from '../../i18n/i18n';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { AskForm } from './AskForm';
import { MyQuestions } from './MyQuestions';
import { QuestionList } from './QuestionList';

/** Everything about questions on a session's or a stand's page: ask, follow one's own, vote. */
export function QuestionsSection(props: { target: QuestionTarget; title?: MessageKey }) {
  const titleId = createUniqueId();
  const mineId = createUniqueId();
  const listId = createUniqueId();
  const cancelled = () => props.target.kind === 'session' && state().sessions[props.target.id]?.status === 'cancelled';
  return (
    <section class="questions" aria-labelledby={titleId} data-questions-for={`${props.target.kind}:${props.target.id}`}>
      <h2 id={titleId}>{t(props.title ?? 'questions.title')}</h2>
      {/* A cancelled session invites no questions; what was asked stays readable. */}
      <Show when={!cancelled()} fallback={<p class="notice">{t('questions.closedCancelled')}</p>}>
        <AskForm target={props.target} />
      </Show>
      <MyQuestions target={props.target} headingId={mineId} />
      <QuestionList target={props.target} headingId={listId} />
    </section>
  );
}
