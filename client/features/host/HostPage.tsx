import { A } from '@solidjs/router';
import { createMemo, createUniqueId, Show } from 'solid-js';
import type { Stand } from '../../../shared/model';
import type { Question } from '../../../shared/questions';
import { t, tCount } from '../../i18n/i18n';
import { WhenLoaded } from '../../layout/WhenLoaded';
import { state } from '../../sync/connection';
import { staffRole, staffStandId } from '../../sync/staffToken';
import { StandNumber } from '../map/StandNumber';
import { StableQuestionList } from '../questions/StableQuestionList';
import { HostQuestion } from './HostQuestion';
import { hostQuestions } from './hostView';
import { StandStatusForm } from './StandStatusForm';
import { StandProfileForm } from './StandProfileForm';
import { SignInNotice } from '../staff/SignInNotice';
import { LibraryWithdrawal } from '../library/LibraryWithdrawal';

/** By id, so a vote count updates a card in place and a half-written answer survives it. */
function QuestionGroup(props: { title: string; questions: Question[] }) {
  const headingId = createUniqueId();
  return (
    <Show when={props.questions.length > 0}>
      <section aria-labelledby={headingId}>
        <h3 id={headingId} class="section-heading">
          {props.title}
        </h3>
        <StableQuestionList class="plain-list" ids={props.questions.map((q) => q.id)}>
          {(question) => <HostQuestion question={question()} />}
        </StableQuestionList>
      </section>
    </Show>
  );
}

function HostDesk(props: { stand: Stand }) {
  const questions = createMemo(() => hostQuestions(state(), props.stand.id));
  const openCount = () => questions().open.length;
  return (
    <>
      <p class="page-lead">{props.stand.name}</p>
      {/* The number attendees find on the map and the cards, so a host can say "Stand 2". */}
      <StandNumber standId={props.stand.id} />
      <p>
        <A class="button-link" href={`/stand/${encodeURIComponent(props.stand.id)}`}>
          {t('host.publicPage')}
        </A>
      </p>
      <h2>{t('host.status.title')}</h2>
      <StandStatusForm standId={props.stand.id} status={state().standStatus[props.stand.id]} />
      <h2>{t('host.questions')}</h2>
      {/* Read out when a new question comes in; the list itself stays quiet. */}
      <p class="host-summary" role="status">
        {tCount(openCount(), { one: 'host.summaryOne', other: 'host.summaryMany' })}
      </p>
      <Show when={openCount() + questions().answered.length > 0} fallback={<p class="muted">{t('host.none')}</p>}>
        <QuestionGroup title={t('host.open', { count: openCount() })} questions={questions().open} />
        <QuestionGroup title={t('host.answered', { count: questions().answered.length })} questions={questions().answered} />
      </Show>
      <h2>{t('profile.title')}</h2>
      <StandProfileForm stand={props.stand} />
      <h2>{t('library.hostTitle')}</h2>
      <LibraryWithdrawal standId={props.stand.id} />
    </>
  );
}

export function HostPage() {
  const stand = () => {
    const id = staffStandId();
    return id ? state().stands[id] : undefined;
  };
  return (
    <section class="page" aria-labelledby="host-title">
      <h1 id="host-title">{t('host.title')}</h1>
      <Show
        when={staffRole() === 'host'}
        fallback={<SignInNotice message="host.needLogin" />}
      >
        <WhenLoaded>
          <Show when={stand()} fallback={<p class="notice">{t('host.noStand')}</p>}>
            {(found) => <HostDesk stand={found()} />}
          </Show>
        </WhenLoaded>
      </Show>
    </section>
  );
}
