import { A, useParams } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import type { Stand } from '../../../shared/model';
import { t } from '../../i18n/i18n';
import { loaded, state } from '../../sync/connection';
import { roomName } from '../agenda/sessionView';
import { AnswerBlock } from '../questions/AnswerBlock';
import { QuestionsSection } from '../questions/QuestionsSection';
import { StandStatusBadge } from './StandStatusBadge';
import { faqOf, standMeta } from './standView';

/** "Häufige Fragen": answered questions, collapsed to their question so the page stays short. */
function StandFaq(props: { standId: string }) {
  const faq = createMemo(() => faqOf(state(), props.standId));
  return (
    <Show when={faq().length > 0}>
      <section class="stand-faq" aria-labelledby="stand-faq-title">
        <h2 id="stand-faq-title">{t('stands.faq')}</h2>
        <For each={faq()}>
          {(question) => (
            <details class="faq-item" data-faq-id={question.id}>
              <summary class="faq-question">{question.text}</summary>
              <AnswerBlock question={question} quiet />
            </details>
          )}
        </For>
      </section>
    </Show>
  );
}

function StandDetail(props: { stand: Stand }) {
  return (
    <>
      <article class="card stand-detail" data-stand-id={props.stand.id}>
        <Show when={standMeta(props.stand)}>{(meta) => <p class="stand-meta">{meta()}</p>}</Show>
        <h1 class="stand-title">{props.stand.name}</h1>
        <p class="stand-where">{t('stands.where', { room: roomName(props.stand.roomId, state()) })}</p>
        <StandStatusBadge status={state().standStatus[props.stand.id]} withTime />
        <Show when={props.stand.description}>
          <p class="stand-description">{props.stand.description}</p>
        </Show>
      </article>
      <StandFaq standId={props.stand.id} />
      <QuestionsSection target={{ kind: 'stand', id: props.stand.id }} title="stands.questions" />
    </>
  );
}

export function StandPage() {
  const params = useParams();
  const stand = () => state().stands[params.id ?? ''];
  return (
    <div class="page">
      <p>
        <A class="back-link" href="/stands">
          <span aria-hidden="true">←</span>
          {t('stands.back')}
        </A>
      </p>
      <Show when={loaded()} fallback={<p class="muted">{t('app.loading')}</p>}>
        <Show when={stand()} fallback={<p class="notice">{t('stands.notFound')}</p>}>
          {(found) => <StandDetail stand={found()} />}
        </Show>
      </Show>
    </div>
  );
}
