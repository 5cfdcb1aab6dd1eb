import { cardTitle } from '../../../shared/contactCard';
import { CountedField } from '../../forms/CountedField';
import { t } from '../../i18n/i18n';
import { Show } from 'solid-js';
import { contactLimits, type Contact } from './contactList';
import { contacts, deleteContact, updateContact } from './contacts';
import { CardView } from './CardView';
import { MetAtSelect } from './MetAtSelect';

/** One contact: the card as it came, and the owner's note and place, saved as they change. */
function ContactEntry(props: { contact: Contact }) {
  const title = () => cardTitle(props.contact.card);
  return (
    <li class="contact-item" data-contact-id={props.contact.id}>
      <article aria-label={title()}>
        <h2 class="contact-title">{title()}</h2>
        <CardView card={props.contact.card} />
        <MetAtSelect value={props.contact.metAt} onChange={(metAt) => updateContact(props.contact.id, { metAt })} />
        <CountedField
          label="cards.note"
          value={props.contact.note}
          max={contactLimits.note}
          rows={2}
          onInput={(note) => updateContact(props.contact.id, { note })}
        />
        <button
          type="button"
          class="button button-quiet"
          aria-label={t('cards.deleteLabel', { name: title() })}
          onClick={() => deleteContact(props.contact.id)}
        >
          {t('cards.delete')}
        </button>
      </article>
    </li>
  );
}

/** Found by id, so typing a note (a new contact object each time) keeps the field and its focus. */
export function ContactItem(props: { id: string }) {
  const contact = () => contacts().find((entry) => entry.id === props.id);
  return <Show when={contact()}>{(shown) => <ContactEntry contact={shown()} />}</Show>;
}
