import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { cardAddress, cardBudget, encodeCardFragment } from '../../../shared/cardFragment';
import { cardEmailPattern, cardPhonePattern, contactCardSchema, isEmptyCard, type ContactCard } from '../../../shared/contactCard';
import { t, type MessageKey } from '../../i18n/i18n';
import { appBase } from '../../sync/eventAddress';
import { CardQr } from './CardQr';
import { MyCardForm } from './MyCardForm';
import { myCardDraft, sharedCard } from './myCard';

/** The event's address on this server: a card's QR code opens the same event on the other phone. */
const eventBase = () => `${location.origin}${appBase()}`;

type CardState = { kind: 'empty' | 'badEmail' | 'badPhone' | 'tooLong' } | { kind: 'ready'; address: string };

const problemText: Record<CardState['kind'], MessageKey | undefined> = {
  empty: 'cards.nothingShared',
  badEmail: 'cards.badEmail',
  badPhone: 'cards.badPhone',
  tooLong: 'cards.tooLong',
  ready: undefined,
};

/** What the form's card is: the same check the receiving phone makes, so a shown code is always read. */
function cardState(card: ContactCard, used: number, budget: number): CardState {
  if (isEmptyCard(card)) return { kind: 'empty' };
  if (card.email && !cardEmailPattern.test(card.email)) return { kind: 'badEmail' };
  if (card.phone && !cardPhonePattern.test(card.phone)) return { kind: 'badPhone' };
  if (used > budget) return { kind: 'tooLong' };
  if (!contactCardSchema.safeParse(card).success) return { kind: 'badPhone' };
  return { kind: 'ready', address: cardAddress(eventBase(), card) };
}

export function MyCardPage() {
  const card = () => sharedCard(myCardDraft());
  const budget = cardBudget(eventBase());
  const used = () => encodeCardFragment(card()).length;
  const state = () => cardState(card(), used(), budget);
  const address = () => {
    const current = state();
    return current.kind === 'ready' ? current.address : null;
  };
  return (
    <section class="page my-card" aria-labelledby="my-card-title">
      <h1 id="my-card-title">{t('cards.myCardTitle')}</h1>
      {/* Opened to be shown: the code comes first, the form below it. */}
      <Show when={address()}>{(ready) => <CardQr address={ready()} />}</Show>
      <section aria-labelledby="my-card-edit-title">
        <h2 id="my-card-edit-title">{t('cards.editHeading')}</h2>
        <p>{t('cards.myCardIntro')}</p>
        <MyCardForm />
        <p class="field-hint card-space" classList={{ 'is-over': used() > budget }}>
          {t('cards.space', { used: used(), budget })}
        </p>
        <div role="status" class="card-state">
          <Show when={problemText[state().kind]}>{(key) => <p class="notice">{t(key())}</p>}</Show>
        </div>
      </section>
      <p>
        <A class="button-link" href="/contacts">
          {t('cards.toContacts')}
        </A>
      </p>
    </section>
  );
}
