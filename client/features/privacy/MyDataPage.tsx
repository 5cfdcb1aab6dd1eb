import { createMemo, For, Show } from 'solid-js';
import { own } from '../../../shared/records';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { ConfirmStep } from '../../forms/ConfirmStep';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';
import { myRatings } from '../polls/myFeedback';
import { myPollVotes } from '../polls/myPollVotes';
import { myQuestions } from '../questions/myQuestions';
import { erasureDate } from './erasureDate';
import { eraseMyData } from './myData';
import { isListed } from '../directory/myListing';


function SentLists() {
  const ratings = createMemo(() => Object.entries(myRatings()));
  const sessionTitle = (id: string) => own(state().sessions, id)?.title ?? id;
  return (
    <>
      <h2>{t('myData.questions')}</h2>
      <Show when={myQuestions().length > 0} fallback={<p class="field-hint">{t('myData.noQuestions')}</p>}>
        <ul class="plain-list my-data-list" data-my-data="questions">
          <For each={myQuestions()}>{(question) => <li class="card">{question.text}</li>}</For>
        </ul>
      </Show>
      <h2>{t('myData.feedback')}</h2>
      <Show when={ratings().length > 0} fallback={<p class="field-hint">{t('myData.noFeedback')}</p>}>
        <ul class="plain-list my-data-list" data-my-data="feedback">
          <For each={ratings()}>
            {([sessionId, rating]) => (
              <li class="card">
                <p class="my-data-session">{sessionTitle(sessionId)}</p>
                <p>{t('myData.stars', { stars: rating.value.stars })}</p>
                <Show when={rating.value.comment}>{(comment) => <p class="question-text">{comment()}</p>}</Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <p>{t('myData.votes', { count: Object.keys(myPollVotes()).length })}</p>
      <p class="field-hint">{t('myData.votesStay')}</p>
      <p class="field-hint">{t('myData.reports')}</p>
      <Show when={isListed()}>
        <p data-my-data="listing">{t('directory.myDataListed')}</p>
      </Show>
    </>
  );
}

/** "Meine Daten": what this phone sent, and one step (confirmed) to erase it from the server and the phone. */
export function MyDataPage() {
  const command = createCommandStatus();
  const nothing = () => myQuestions().length === 0 && Object.values(myRatings()).every((rating) => !rating.value.comment) && !isListed();

  async function erase(): Promise<void> {
    if (command.busy()) return;
    command.start();
    const result = await eraseMyData();
    if (command.check(result)) command.done('myData.done');
  }

  return (
    <section class="page my-data" aria-labelledby="my-data-title">
      <h1 id="my-data-title">{t('myData.title')}</h1>
      <p>{t('myData.intro')}</p>
      <SentLists />
      <Show when={state().event}>{(event) => <p>{t('myData.retention', erasureDate(event()))}</p>}</Show>
      <div class="card my-data-erase">
        <Show when={!nothing()} fallback={<p class="field-hint">{t('myData.nothing')}</p>}>
          <ConfirmStep
            action={t('myData.erase')}
            question={t('myData.confirmText')}
            confirm={t('myData.confirm')}
            keep={t('myData.keep')}
            busy={command.busy()}
            onConfirm={erase}
          />
        </Show>
        <FormStatusLine status={command.status()} />
      </div>
    </section>
  );
}
