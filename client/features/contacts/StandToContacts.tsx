import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import type { Stand } from '../../../shared/model';
import { t } from '../../i18n/i18n';
import { addContact, type AddResult } from './contacts';
import { standCard } from './standCard';

/** "Zu meinen Kontakten" on a stand: its published contact, with the stand as where the two met. */
export function StandToContacts(props: { stand: Stand }) {
  const [result, setResult] = createSignal<AddResult | null>(null);
  return (
    <Show when={standCard(props.stand)}>
      {(card) => (
        <div class="stand-to-contacts">
          <button
            type="button"
            class="button button-quiet"
            onClick={() => setResult(addContact(card(), { kind: 'stand', id: props.stand.id, label: props.stand.name }))}
          >
            {t('cards.addToContacts')}
          </button>
          <p role="status" class="field-hint">
            <Show when={result()}>
              {(done) => (
                <>
                  {!done().stored ? t('cards.notStoredStand') : done().kind === 'known' ? t('cards.alreadyAdded') : t('cards.added')}{' '}
                  <A href="/contacts">{t('cards.openContacts')}</A>
                </>
              )}
            </Show>
          </p>
        </div>
      )}
    </Show>
  );
}
