import { A } from '@solidjs/router';
import { createEffect, Show } from 'solid-js';
import { cardAddress, cardBudget, encodeCardFragment, replyAddressCost } from '../../../shared/cardFragment';
import type { ReplyAddress } from '../../../shared/replyAddress';
import { cardEmailPattern, cardPhonePattern, contactCardSchema, isEmptyCard, type ContactCard } from '../../../shared/contactCard';
import { t, type MessageKey } from '../../i18n/i18n';
import { appBase } from '../../sync/eventAddress';
import { CardQr } from './CardQr';
import { newMailbox, replyAddressOf, shownMailbox } from './mailboxKeys';
import { MyCardForm } from './MyCardForm';
import { myCardDraft, sharedCard } from './myCard';

/** The event's address on this server: a card's QR code opens the same event on the other phone. */
const eventBase = () => `${location.origin}${appBase()}`;

type CardState = { kind: 'empty' | 'badEmail' | 'badPhone' | 'tooLong' } | { kind: 'ready'; address: string; reply: boolean };

const problemText: Record<CardState['kind'], MessageKey | undefined> = {
  empty: 'cards.nothingShared',
  badEmail: 'cards.badEmail',
  badPhone: 'cards.badPhone',
  tooLong: 'cards.tooLong',
  ready: undefined,
};

/**
 * What the form's card is: the same check the receiving phone makes, so a shown code is always
 * read. The reply address goes in when there is room for it beside the card.
 */
function cardState(card: ContactCard, used: number, budget: number, reply: ReplyAddress | null): CardState {
  if (isEmptyCard(card)) return { kind: 'empty' };
  if (card.email && !cardEmailPattern.test(card.email)) return { kind: 'badEmail' };
  if (card.phone && !cardPhonePattern.test(card.phone)) return { kind: 'badPhone' };
  if (used > budget) return { kind: 'tooLong' };
  if (!contactCardSchema.safeParse(card).success) return { kind: 'badPhone' };
  const withReply = reply && used + replyAddressCost <= budget ? reply : null;
  return { kind: 'ready', address: cardAddress(eventBase(), card, withReply), reply: withReply !== null };
}

/**
 * The card's code shows a mailbox of this phone; a new one when none is to be shown (first time, or
 * a card came in). None is made before there is a card to show: until then nothing is fetched.
 */
function useShownMailbox(wanted: () => boolean): () => ReplyAddress | null {
  let making = false;
  createEffect(() => {
    if (!wanted() || shownMailbox() || making) return;
    making = true;
    void newMailbox().finally(() => (making = false));
  });
  return () => {
    const shown = shownMailbox();
    return shown ? replyAddressOf(shown) : null;
  };
}

export function MyCardPage() {
  const card = () => sharedCard(myCardDraft());
  const budget = cardBudget(eventBase());
  const used = () => encodeCardFragment(card()).length;
  const reply = useShownMailbox(() => !isEmptyCard(card()));
  const state = () => cardState(card(), used(), budget, reply());
  const ready = () => {
    const current = state();
    return current.kind === 'ready' ? current : null;
  };
  // With a mailbox, the room shown is the room beside its reply address.
  const room = () => (reply() ? budget - replyAddressCost : budget);
  const noReplyRoom = () => reply() !== null && ready()?.reply === false;
  return (
    <section class="page my-card" aria-labelledby="my-card-title">
      <h1 id="my-card-title">{t('cards.myCardTitle')}</h1>
      {/* Opened to be shown: the code comes first, the form below it. */}
      <Show when={ready()}>
        {(shown) => (
          <>
            <CardQr address={shown().address} />
            <Show when={shown().reply}>
              <p class="field-hint">{t('mailbox.replyHow')}</p>
            </Show>
          </>
        )}
      </Show>
      <section aria-labelledby="my-card-edit-title">
        <h2 id="my-card-edit-title">{t('cards.editHeading')}</h2>
        <p>{t('cards.myCardIntro')}</p>
        <MyCardForm />
        <p class="field-hint card-space" classList={{ 'is-over': used() > room() }}>
          {t('cards.space', { used: used(), budget: room() })}
        </p>
        <div role="status" class="card-state">
          <Show when={problemText[state().kind]}>{(key) => <p class="notice">{t(key())}</p>}</Show>
          <Show when={noReplyRoom()}>
            <p class="notice">{t('mailbox.noReplyRoom')}</p>
          </Show>
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
