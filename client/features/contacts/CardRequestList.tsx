import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { cardTitle, contactCardSchema } from '../../../shared/contactCard';
import { decodeReplyAddress } from '../../../shared/replyAddress';
import { t, type MessageKey } from '../../i18n/i18n';
import { pendingRequests, removePendingRequest } from './cardRequestInbox';
import { addContact } from './contacts';
import { sendToMailbox, type SendOutcome } from './mailboxSend';
import { myCardDraft, sharedCard } from './myCard';
import type { PendingRequest } from './pendingRequests';

const failureText: Record<Exclude<SendOutcome, 'sent'>, MessageKey> = { full: 'mailbox.full', offline: 'mailbox.offline', failed: 'mailbox.failed' };

const myCard = () => {
  const parsed = contactCardSchema.safeParse(sharedCard(myCardDraft()));
  return parsed.success ? parsed.data : null;
};

/**
 * One request: "Karte senden" seals this phone's card to the requester's reply address and keeps
 * the requester's card; "Ablehnen" forgets both. Nothing of this phone's leaves before the press.
 */
function RequestItem(props: { request: PendingRequest; onSent: (text: string) => void }) {
  const [status, setStatus] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const name = () => cardTitle(props.request.card);
  async function send(): Promise<void> {
    const card = myCard();
    const reply = decodeReplyAddress(props.request.reply);
    if (busy() || !card || !reply) return;
    setBusy(true);
    setStatus(t('mailbox.sending'));
    const outcome = await sendToMailbox(reply, { kind: 'card', card });
    setBusy(false);
    if (outcome !== 'sent') return void setStatus(t(failureText[outcome]));
    addContact(props.request.card);
    // The item goes with its request, so the list says what happened.
    props.onSent(t('requests.sent', { name: name() }));
    removePendingRequest(props.request.id);
  }
  return (
    <li class="card card-request" aria-labelledby={`card-request-${props.request.id}`}>
      <h3 id={`card-request-${props.request.id}`}>{t('requests.wants', { name: name() })}</h3>
      <Show when={[props.request.card.role, props.request.card.org].filter((part) => part !== '').join(' · ')}>{(meta) => <p class="directory-meta">{meta()}</p>}</Show>
      <div class="button-row">
        <button type="button" class="button" disabled={busy() || !myCard()} onClick={() => void send()}>
          {t('requests.send')}
        </button>
        <button type="button" class="button button-quiet" disabled={busy()} onClick={() => removePendingRequest(props.request.id)}>
          {t('requests.decline')}
        </button>
      </div>
      <p role="status" class="field-hint">
        {status()}
      </p>
    </li>
  );
}

/** The card requests waiting on this phone ("Wer ist da?" → "Karte anfragen"), on "Meine Kontakte". */
export function CardRequestList() {
  const [answered, setAnswered] = createSignal('');
  return (
    <Show when={pendingRequests().length > 0 || answered() !== ''}>
      <section aria-labelledby="card-requests-title" class="card-requests" id="card-requests">
        <h2 id="card-requests-title">{t('requests.heading')}</h2>
        <p>{t('requests.intro')}</p>
        <Show when={!myCard()}>
          <p class="notice">
            {t('requests.noCard')} <A href="/my-card">{t('mailbox.makeCard')}</A>
          </p>
        </Show>
        <ul class="plain-list card-request-list">
          <For each={pendingRequests()}>{(request) => <RequestItem request={request} onSent={setAnswered} />}</For>
        </ul>
        <p role="status">{answered()}</p>
      </section>
    </Show>
  );
}
