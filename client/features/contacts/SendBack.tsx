import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { contactCardSchema } from '../../../shared/contactCard';
import type { ReplyAddress } from '../../../shared/replyAddress';
import { t, type MessageKey } from '../../i18n/i18n';
import { sendToMailbox, type SendOutcome } from './mailboxSend';
import { myCardDraft, sharedCard } from './myCard';

const outcomeText: Record<SendOutcome | 'sending', MessageKey> = {
  sending: 'mailbox.sending',
  sent: 'mailbox.sent',
  full: 'mailbox.full',
  offline: 'mailbox.offline',
  failed: 'mailbox.failed',
};

/** "Meine Karte zurückschicken" on a received card that carries its owner's reply address. */
export function SendBack(props: { reply: ReplyAddress }) {
  const myCard = () => {
    const parsed = contactCardSchema.safeParse(sharedCard(myCardDraft()));
    return parsed.success ? parsed.data : null;
  };
  const [outcome, setOutcome] = createSignal<SendOutcome | 'sending' | null>(null);
  const send = async (card: NonNullable<ReturnType<typeof myCard>>) => {
    setOutcome('sending');
    setOutcome(await sendToMailbox(props.reply, { kind: 'card', card }));
  };
  return (
    <section class="send-back" aria-labelledby="send-back-title">
      <h2 id="send-back-title">{t('mailbox.sendBack')}</h2>
      <Show
        when={myCard()}
        fallback={
          <p>
            {t('mailbox.noCard')} <A href="/my-card">{t('mailbox.makeCard')}</A>
          </p>
        }
      >
        {(card) => (
          <>
            <p class="field-hint">{t('mailbox.sendBackHint')}</p>
            <button type="button" class="button" disabled={outcome() === 'sending' || outcome() === 'sent'} onClick={() => void send(card())}>
              {t('mailbox.sendBack')}
            </button>
          </>
        )}
      </Show>
      <p role="status" class="send-back-status">
        {(() => {
          const current = outcome();
          return current ? t(outcomeText[current]) : '';
        })()}
      </p>
    </section>
  );
}
