import { A, useParams } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import type { Stand } from '../../../shared/model';
import { t, tCount } from '../../i18n/i18n';
import { WhenLoaded } from '../../layout/WhenLoaded';
import { state } from '../../sync/connection';
import { roomName } from '../agenda/sessionView';
import { ShowOnMapLink } from '../map/ShowOnMapLink';
import { StandNumber } from '../map/StandNumber';
import { AnswerBlock } from '../questions/AnswerBlock';
import { myQuestions } from '../questions/myQuestions';
import { QuestionsSection } from '../questions/QuestionsSection';
import { StandAbout, StandContact } from './StandDetails';
import { StandStatusBadge } from './StandStatusBadge';
import { faqOf } from './standView';
import { EarlierAnswers } from '../library/EarlierAnswers';

/**
 * The stand's answered questions, collapsed to their question so the page stays short. One's
 * own are left out: "Meine Fragen" shows them with their answer already.
 */
function StandFaq(props: { standId: string }) {
  const faq = createMemo(() => {
    const mine = new Set(myQuestions().map((question) => question.id));
    return faqOf(state(), props.standId).filter((question) => !mine.has(question.id));
  });
  return (
    <Show when={faq().length > 0}>
      <section class="stand-faq" aria-labelledby="stand-faq-title">
        <h2 id="stand-faq-title">{tCount(faq().length, { one: 'stands.answeredOne', other: 'stands.answered' })}</h2>
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

/** "Kommune" and "Thema"; the topic leads to the other stands on it. */
function StandFacts(props: { stand: Stand }) {
  return (
    <Show when={props.stand.municipality || props.stand.topic}>
      <dl class="stand-facts">
        <Show when={props.stand.municipality}>
          <div>
            <dt>{t('standDir.municipality')}</dt>
            <dd>{props.stand.municipality}</dd>
          </div>
        </Show>
        <Show when={props.stand.topic}>
          {(topic) => (
            <div>
              <dt>{t('standDir.topic')}</dt>
              <dd>
                <A href={`/stands?topic=${encodeURIComponent(topic())}`}>{topic()}</A>
              </dd>
            </div>
          )}
        </Show>
      </dl>
    </Show>
  );
}

function StandDetail(props: { stand: Stand }) {
  return (
    <>
      <article class="card stand-detail" data-stand-id={props.stand.id}>
        <h1 class="stand-title">{props.stand.name}</h1>
        <StandFacts stand={props.stand} />
        <div class="stand-where-row">
          <StandNumber standId={props.stand.id} asText />
          <p class="stand-where">{t('stands.where', { room: roomName(props.stand.roomId, state()) })}</p>
          <ShowOnMapLink target={{ kind: 'stand', id: props.stand.id }} />
        </div>
        <StandStatusBadge status={state().standStatus[props.stand.id]} withTime />
      </article>
      <StandAbout stand={props.stand} />
      <StandContact contact={props.stand.contact} />
      <StandFaq standId={props.stand.id} />
      <EarlierAnswers standId={props.stand.id} />
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
      <WhenLoaded>
        <Show when={stand()} fallback={<p class="notice">{t('stands.notFound')}</p>}>
          {(found) => <StandDetail stand={found()} />}
        </Show>
      </WhenLoaded>
    </div>
  );
}
