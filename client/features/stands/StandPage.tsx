import { A, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import type { Stand } from '../../../shared/model';
import { locale, t } from '../../i18n/i18n';
import { WhenLoaded } from '../../layout/WhenLoaded';
import { state } from '../../sync/connection';
import { roomName } from '../agenda/sessionView';
import { ShowOnMapLink } from '../map/ShowOnMapLink';
import { StandNumber } from '../map/StandNumber';
import { QuestionsSection } from '../questions/QuestionsSection';
import { StandContact } from './StandDetails';
import { StandAbout } from './StandAbout';
import { FormerStand } from './FormerStand';
import { StandFaq } from './StandFaq';
import { StandToContacts } from '../contacts/StandToContacts';
import { StandStatusBadge } from './StandStatusBadge';
import { profileText } from './standView';
import { EarlierAnswers } from '../library/EarlierAnswers';

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
        <Show when={profileText(props.stand, 'summary', locale())}>{(summary) => <p class="stand-lead">{summary()}</p>}</Show>
        <StandFacts stand={props.stand} />
        <div class="stand-where-row">
          <StandNumber standId={props.stand.id} asText />
          <p class="stand-where">{t('stands.where', { room: roomName(props.stand.roomId, state()) })}</p>
          <ShowOnMapLink target={{ kind: 'stand', id: props.stand.id }} />
        </div>
        <StandStatusBadge status={state().standStatus[props.stand.id]} withTime />
      </article>
      <StandFaq standId={props.stand.id} />
      <EarlierAnswers standId={props.stand.id} />
      <StandAbout stand={props.stand} />
      <StandContact contact={props.stand.contact}>
        <StandToContacts stand={props.stand} />
      </StandContact>
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
        <Show when={stand()} fallback={<FormerStand standId={params.id ?? ''} />}>
          {(found) => <StandDetail stand={found()} />}
        </Show>
      </WhenLoaded>
    </div>
  );
}
