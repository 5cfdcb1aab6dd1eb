import { A, useLocation } from '@solidjs/router';
import { createMemo, createSignal, Show } from 'solid-js';
import { decodeCardOffer, type CardOffer } from '../../../shared/cardFragment';
import { cardTitle, type ContactCard } from '../../../shared/contactCard';
import { t } from '../../i18n/i18n';
import { saveCardVcard } from './cardFiles';
import { addContact, type AddResult } from './contacts';
import { CardView } from './CardView';
import { SendBack } from './SendBack';

/**
 * iPhone Safari says `navigator.standalone === false` outside the installed app, whose storage is
 * another one: there a card saved here would not reach the app's "Meine Kontakte".
 */
const inBrowserNotApp = () => 'standalone' in navigator && navigator.standalone === false;

function AddedStatus(props: { result: AddResult | null }) {
  return (
    <p role="status" class="card-added">
      <Show when={props.result}>
        {(result) => (
          <>
            {!result().stored ? t('cards.notStored') : result().kind === 'known' ? t('cards.alreadyAdded') : t('cards.added')}{' '}
            <Show when={result().stored}>
              <A href="/contacts">{t('cards.openContacts')}</A>
            </Show>
          </>
        )}
      </Show>
    </p>
  );
}

function ReceivedCard(props: { offer: CardOffer }) {
  const [result, setResult] = createSignal<AddResult | null>(null);
  const card = (): ContactCard => props.offer.card;
  return (
    <article class="received-card" aria-label={cardTitle(card())}>
      <CardView card={card()} />
      <div class="card-actions">
        <button type="button" class="button" onClick={() => setResult(addContact(card()))}>
          {t('cards.addToContacts')}
        </button>
        <button type="button" class="button button-quiet" onClick={() => saveCardVcard(card())}>
          {t('cards.saveVcard')}
        </button>
      </div>
      <AddedStatus result={result()} />
      <Show when={inBrowserNotApp()}>
        <p class="notice card-browser-hint">{t('cards.browserHint')}</p>
      </Show>
      <p class="field-hint">{t('cards.receivedPrivacy')}</p>
      <Show when={props.offer.reply} keyed>
        {(reply) => <SendBack reply={reply} />}
      </Show>
    </article>
  );
}

/** `/c#…`: a card from a QR code, read from the fragment, which the server never saw. */
export function ReceivedCardPage() {
  const location = useLocation();
  const offer = createMemo(() => decodeCardOffer(location.hash));
  return (
    <section class="page received-card-page" aria-labelledby="received-card-title">
      <h1 id="received-card-title">{t('cards.receivedTitle')}</h1>
      <Show when={offer()} keyed fallback={<p class="notice">{t('cards.unreadable')}</p>}>
        {(shown) => <ReceivedCard offer={shown} />}
      </Show>
      <p>
        <A href="/contacts">{t('cards.toContacts')}</A>
      </p>
    </section>
  );
}
