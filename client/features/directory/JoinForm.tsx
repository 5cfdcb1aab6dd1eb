import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { topicsOf, cardLine } from '../../../shared/contactCard';
import { t, type MessageKey } from '../../i18n/i18n';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';
import { myCardDraft } from '../contacts/myCard';
import { cardRequests } from './cardRequests';
import { choiceOfCard, choiceOfListing, listedFields, listingPayload, type ListedChoice, type ListedField } from './listingFromCard';
import { joinDirectory, leaveDirectory, ownListing } from './myListing';

const fieldLabel: Record<ListedField, MessageKey> = { org: 'cards.field.org', role: 'cards.field.role', topics: 'cards.field.topics' };

/** What the card says for a field, as the list would show it. */
function cardValue(field: ListedField | 'name'): string {
  const text = myCardDraft().text;
  return field === 'topics' ? topicsOf(text.topics).join(', ') : cardLine(text[field]);
}

/**
 * Joining, or changing and ending one's listing: the card's fields with a tick each, the switch
 * for card requests (when this build has the mailbox), and the public notice before anything is sent.
 */
export function JoinForm(props: { listed: boolean }) {
  const command = createCommandStatus();
  // Changing a listing starts from what the list shows now, not from the card's own ticks.
  const listing = ownListing();
  const [choice, setChoice] = createSignal<ListedChoice>(listing ? choiceOfListing(listing) : choiceOfCard(myCardDraft()));
  const [requests, setRequests] = createSignal(listing ? listing.requests : true);
  const mailbox = cardRequests();
  const name = () => cardValue('name');

  async function join(): Promise<void> {
    if (command.busy() || name() === '') return;
    command.start();
    const ref = mailbox && requests() ? await mailbox.ownMailbox() : null;
    const wasListed = props.listed;
    const joined = command.check(await joinDirectory(listingPayload(myCardDraft(), choice(), ref)));
    if (joined) command.done(wasListed ? 'directory.updated' : 'directory.joined');
    // No listing names the mailbox (requests switched off, or a first join refused): it is not kept or fetched.
    if (joined ? ref === null : !wasListed) mailbox?.forgetOwnMailbox();
  }

  async function leave(): Promise<void> {
    if (command.busy()) return;
    command.start();
    if (command.check(await leaveDirectory())) command.done('directory.left');
  }

  return (
    <section class="card directory-join" aria-labelledby="directory-join-title">
      <h2 id="directory-join-title">{t(props.listed ? 'directory.ownHeading' : 'directory.joinHeading')}</h2>
      <Show when={!props.listed}>
        <div class="directory-public" id="directory-public">
          <h3>{t('directory.publicHeading')}</h3>
          <p>{t('directory.publicNotice')}</p>
          <p>{t('directory.leaveNotice')}</p>
        </div>
      </Show>
      <Show
        when={name() !== ''}
        fallback={
          <p class="notice">
            {t('directory.needName')} <A href="/my-card">{t('directory.toMyCard')}</A>
          </p>
        }
      >
        <p>{t('directory.joinIntro')}</p>
        <p class="directory-name">
          <span class="field-label">{t('cards.field.name')}: </span>
          {name()}
        </p>
        <For each={listedFields.filter((field) => cardValue(field) !== '')}>
          {(field) => (
            <label class="card-share directory-tick">
              <input
                type="checkbox"
                checked={choice()[field]}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  setChoice((current) => ({ ...current, [field]: on }));
                }}
              />
              <span>
                {t(fieldLabel[field])}: {cardValue(field)}
              </span>
            </label>
          )}
        </For>
        <Show when={mailbox}>
          <label class="card-share directory-tick">
            <input type="checkbox" checked={requests()} onChange={(event) => setRequests(event.currentTarget.checked)} aria-describedby="directory-requests-hint" />
            <span>{t('directory.requestsLabel')}</span>
          </label>
          <p id="directory-requests-hint" class="field-hint">
            {t('directory.requestsHint')}
          </p>
        </Show>
        <div class="button-row">
          <button type="button" class="button" disabled={command.busy()} aria-describedby={props.listed ? undefined : 'directory-public'} onClick={() => void join()}>
            {t(props.listed ? 'directory.update' : 'directory.join')}
          </button>
          <Show when={props.listed}>
            <button type="button" class="button button-quiet" disabled={command.busy()} onClick={() => void leave()}>
              {t('directory.leave')}
            </button>
          </Show>
        </div>
      </Show>
      <FormStatusLine status={command.status()} />
      {/* Without a name the notice above links the card already. */}
      <Show when={name() !== ''}>
        <p>
          <A href="/my-card">{t('directory.toMyCard')}</A>
        </p>
      </Show>
    </section>
  );
}
