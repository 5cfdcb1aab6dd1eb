import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { contactCardSchema, type ContactCard } from '../../../shared/contactCard';
import type { Stand } from '../../../shared/model';
import { t } from '../../i18n/i18n';
import { addContact, type AddResult } from './contacts';

/** A stand's public contact as a card: whom to ask, the municipality, and the stand's topic. */
export function standCard(stand: Stand): ContactCard | null {
  const parsed = contactCardSchema.safeParse({
    name: stand.contact.name ?? '',
    org: stand.municipality,
    role: '',
    email: stand.contact.email ?? '',
    phone: stand.contact.phone ?? '',
    topics: stand.topic ? [stand.topic] : [],
  });
  return parsed.success && (parsed.data.name || parsed.data.email || parsed.data.phone) ? parsed.data : null;
}

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
