import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { t, tCount } from '../../i18n/i18n';
import { ConfirmStep } from '../../forms/ConfirmStep';
import { CardRequestList } from './CardRequestList';
import { saveContactsCsv, saveContactsVcard } from './cardFiles';
import { ContactItem } from './ContactItem';
import { contacts, deleteAllContacts } from './contacts';
import { PasteCard } from './PasteCard';
import { Scanner } from './Scanner';

function DeleteAll() {
  return (
    <div class="contacts-delete-all">
      <ConfirmStep
        action={t('cards.deleteAll')}
        question={t('cards.deleteAllConfirm', { count: contacts().length })}
        confirm={t('cards.deleteAllYes')}
        keep={t('cards.deleteAllNo')}
        onConfirm={() => deleteAllContacts()}
      />
    </div>
  );
}

function ContactTools() {
  return (
    <section aria-labelledby="contacts-export-title" class="contacts-tools">
      <h2 id="contacts-export-title">{t('cards.exportHeading')}</h2>
      <div class="card-actions">
        <button type="button" class="button button-quiet" onClick={() => saveContactsVcard(contacts())}>
          {t('cards.exportVcard')}
        </button>
        <button type="button" class="button button-quiet" onClick={() => saveContactsCsv(contacts())}>
          {t('cards.exportCsv')}
        </button>
      </div>
      <DeleteAll />
    </section>
  );
}

/** "Meine Kontakte": cards kept on this phone, with a note and a place each; works offline. */
export function ContactsPage() {
  return (
    <section class="page contacts-page" aria-labelledby="contacts-title">
      <h1 id="contacts-title">{t('cards.contactsTitle')}</h1>
      <p>{t('cards.contactsIntro')}</p>
      <p>
        <A class="button-link" href="/my-card">
          {t('cards.toMyCard')}
        </A>
      </p>
      <CardRequestList />
      <section aria-labelledby="contacts-add-title" class="contacts-add">
        <h2 id="contacts-add-title">{t('cards.addHeading')}</h2>
        <Scanner />
        <PasteCard />
      </section>
      <Show when={contacts().length > 0} fallback={<p class="muted contacts-empty">{t('cards.empty')}</p>}>
        <p class="contacts-count">{tCount(contacts().length, { one: 'cards.count.one', other: 'cards.count.other' })}</p>
        <ul class="plain-list contact-list">
          <For each={contacts().map((contact) => contact.id)}>{(id) => <ContactItem id={id} />}</For>
        </ul>
        <ContactTools />
      </Show>
    </section>
  );
}
