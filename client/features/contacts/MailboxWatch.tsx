import { A } from '@solidjs/router';
import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { t, type MessageKey } from '../../i18n/i18n';
import { listeningMailboxes } from './mailboxKeys';
import type { ReceivedCard } from './mailboxReceive';
import { requestMailboxes } from './requestMailbox';

/** Gently: a mailbox is looked at every 25 s while the app is in front, and when it comes back to the front or online. */
const pollMs = 25_000;
/** Coming back to the front fires focus and visibilitychange together: one round serves both. */
const quietMs = 5_000;

function noticeOf(item: ReceivedCard): MessageKey {
  if (item.kind === 'request') return item.stored ? 'mailbox.requestReceived' : 'mailbox.requestNotStored';
  return item.stored ? 'mailbox.received' : 'mailbox.receivedNotStored';
}

/**
 * With the shell, on every page: while this phone has a mailbox (its card's code was shown), it
 * fetches it and says when a card or a card request came in; the "Wer ist da?" listing's
 * request mailbox is fetched the same way. The part that opens cards loads only then.
 */
export function MailboxWatch() {
  const [received, setReceived] = createSignal<readonly ReceivedCard[]>([]);
  let busy = false;
  let lastRound = -Infinity;
  const poll = async () => {
    const mailboxes = [...listeningMailboxes(), ...requestMailboxes()];
    if (busy || mailboxes.length === 0 || document.visibilityState !== 'visible' || Date.now() - lastRound < quietMs) return;
    busy = true;
    lastRound = Date.now();
    try {
      const { receiveCards } = await import('./mailboxReceive');
      const cards = await receiveCards(mailboxes);
      if (cards.length > 0) setReceived((shown) => [...shown, ...cards]);
    } catch {
      // Offline or a newer app version's chunk: the next poll tries again.
    } finally {
      busy = false;
    }
  };
  onMount(() => {
    const now = () => void poll();
    const timer = setInterval(now, pollMs);
    const events = ['focus', 'online'] as const;
    for (const name of events) window.addEventListener(name, now);
    document.addEventListener('visibilitychange', now);
    now();
    onCleanup(() => {
      clearInterval(timer);
      for (const name of events) window.removeEventListener(name, now);
      document.removeEventListener('visibilitychange', now);
    });
  });
  return (
    <div role="status" class="mailbox-watch">
      <Show when={received().length > 0}>
        <div class="notice mailbox-notice">
          <For each={received()}>{(item) => <p>{t(noticeOf(item), { name: item.name })}</p>}</For>
          <p>
            <A href="/contacts">{t('cards.toContacts')}</A>{' '}
            <button type="button" class="button button-quiet" onClick={() => setReceived([])}>
              {t('mailbox.dismiss')}
            </button>
          </p>
        </div>
      </Show>
    </div>
  );
}
