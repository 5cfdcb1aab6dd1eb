import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { directoryKey, type DirectoryListing } from '../../../shared/directoryListing';
import { t, type MessageKey } from '../../i18n/i18n';
import { readItem, writeItem } from '../../sync/storage';
import type { CardRequestOutcome, CardRequests } from './cardRequests';
import { noteRequest, requestRefusal, type SentRequests } from './requestLimit';

const sentKey = 'ortstermin.cardRequestsSent';

function sentRequests(): SentRequests {
  try {
    const stored: unknown = JSON.parse(readItem(sentKey) ?? '{}');
    if (typeof stored !== 'object' || stored === null) return {};
    return Object.fromEntries(Object.entries(stored).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
  } catch {
    return {};
  }
}

const outcomeText: Record<CardRequestOutcome | 'asked' | 'too_many', MessageKey> = {
  sent: 'directory.requested',
  asked: 'directory.requestAsked',
  too_many: 'directory.requestTooMany',
  rate_limited: 'directory.requestTooMany',
  mailbox_full: 'directory.requestFull',
  offline: 'directory.requestFailed',
  failed: 'directory.requestFailed',
  no_card: 'requests.needCard',
};

/** "Karte anfragen": limited on this phone first (`requestLimit.ts`), then by the mailbox on the server. */
function RequestCard(props: { listing: DirectoryListing; mailbox: CardRequests }) {
  const [outcome, setOutcome] = createSignal<keyof typeof outcomeText | null>(null);
  const [busy, setBusy] = createSignal(false);
  const hintId = () => `request-carries-${props.listing.id}`;
  async function request(): Promise<void> {
    const to = props.listing.mailbox;
    if (busy() || !to) return;
    const refused = requestRefusal(sentRequests(), props.listing.id, Date.now());
    if (refused) return void setOutcome(refused);
    setBusy(true);
    const result = await props.mailbox.sendCardRequest(to).catch((): CardRequestOutcome => 'failed');
    if (result === 'sent') writeItem(sentKey, JSON.stringify(noteRequest(sentRequests(), props.listing.id, Date.now())));
    setBusy(false);
    setOutcome(result);
  }
  return (
    <>
      <button type="button" class="button button-quiet" disabled={busy()} aria-describedby={hintId()} onClick={() => void request()}>
        {t('directory.requestCard')}
      </button>
      <p id={hintId()} class="field-hint">
        {t('directory.requestCarries')}
      </p>
      <p class="field-hint" role="status">
        {outcome() ? t(outcomeText[outcome()!]) : ''}
        <Show when={outcome() === 'no_card'}>
          {' '}
          <A href="/my-card">{t('mailbox.makeCard')}</A>
        </Show>
      </p>
    </>
  );
}

/** One listed person; a topic this phone's card names too is marked, in words as well as colour. */
export function ListingItem(props: { listing: DirectoryListing; own: boolean; myTopics: readonly string[]; mailbox: CardRequests | null }) {
  const mine = () => new Set(props.myTopics.map(directoryKey));
  const isMine = (topic: string) => !props.own && mine().has(directoryKey(topic));
  return (
    <li class="card directory-person" data-listing-id={props.listing.id} classList={{ 'is-own': props.own }}>
      <h3 class="directory-person-name">
        {props.listing.name} <Show when={props.own}>{t('directory.you')}</Show>
      </h3>
      <Show when={[props.listing.role, props.listing.org].filter((part) => part !== '').join(' · ')}>{(meta) => <p class="directory-meta">{meta()}</p>}</Show>
      <Show when={props.listing.topics.length > 0}>
        <ul class="plain-list directory-topics">
          <For each={props.listing.topics}>
            {(topic) => (
              <li class="directory-topic" classList={{ 'is-mine': isMine(topic) }}>
                {topic}
                <Show when={isMine(topic)}>
                  <span class="directory-topic-mark"> · {t('directory.sharedTopic')}</span>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={!props.own && props.listing.requests && props.mailbox}>{(mailbox) => <RequestCard listing={props.listing} mailbox={mailbox()} />}</Show>
    </li>
  );
}
