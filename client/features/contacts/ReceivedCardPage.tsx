import { A, useLocation } from '@solidjs/router';
import { createMemo, createSignal, Show } from 'solid-js';
import { decodeCardFragment } from '../../../shared/cardFragment';
import { cardTitle, type ContactCard } from '../../../shared/contactCard';
import { t } from '../../i18n/i18n';
import { saveCardVcard } from './cardFiles';
import { addContact, type AddResult } from './contacts';
import { CardView } from './CardView';

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

function ReceivedCard(props: { card: ContactCard }) {
  const [result, setResult] = createSignal<AddResult | null>(null);
  return (
    <article class="received-card" aria-label={cardTitle(props.card)}>
      <CardView card={props.card} />
      <div class="card-actions">
        <button type="button" class="button" onClick={() => setResult(addContact(props.card))}>
          {t('cards.addToContacts')}
        </button>
        <button type="button" class="button button-quiet" onClick={() => saveCardVcard(props.card)}>
          {t('cards.saveVcard')}
        </button>
      </div>
      <AddedStatus result={result()} />
      <Show when={inBrowserNotApp()}>
        <p class="notice card-browser-hint">{t('cards.browserHint')}</p>
      </Show>
      <p class="field-hint">{t('cards.receivedPrivacy')}</p>
    </article>
  );
}

/** `/c#…`: a card from a QR code, read from the fragment, which the server never saw. */
export function ReceivedCardPage() {
  const location = useLocation();
  const card = createMemo(() => decodeCardFragment(location.hash));
  return (
    <section class="page received-card-page" aria-labelledby="received-card-title">
      <h1 id="received-card-title">{t('cards.receivedTitle')}</h1>
      <Show when={card()} keyed fallback={<p class="notice">{t('cards.unreadable')}</p>}>
        {(shown) => <ReceivedCard card={shown} />}
      </Show>
      <p>
        <A href="/contacts">{t('cards.toContacts')}</A>
      </p>
    </section>
  );
}
