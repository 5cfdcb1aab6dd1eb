import type { ContactCard } from '../../../shared/contactCard';
import { cardToVcard } from '../../../shared/vcard';
import { t } from '../../i18n/i18n';
import { saveTextFile } from '../../saveFile';
import { contactsCsv, contactsVcard, vcardFileName, type Contact, type MetAt } from './contactList';

const vcardType = 'text/vcard;charset=utf-8';

export function saveCardVcard(card: ContactCard): void {
  saveTextFile(cardToVcard(card), vcardType, vcardFileName(card));
}

const metAtText = (metAt: MetAt) => t(metAt.kind === 'stand' ? 'cards.metAtStand' : 'cards.metAtSession', { place: metAt.label });

export function saveContactsVcard(contacts: readonly Contact[]): void {
  saveTextFile(contactsVcard(contacts, metAtText), vcardType, `${t('cards.contactsTitle')}.vcf`.replace(/\s+/g, '-').toLowerCase());
}

export function saveContactsCsv(contacts: readonly Contact[]): void {
  const headings = [
    t('cards.field.name'),
    t('cards.field.org'),
    t('cards.field.role'),
    t('cards.field.email'),
    t('cards.field.phone'),
    t('cards.csv.topics'),
    t('cards.csv.metAt'),
    t('cards.note'),
  ] as const;
  saveTextFile(contactsCsv(contacts, headings), 'text/csv;charset=utf-8', `${t('cards.contactsTitle')}.csv`.replace(/\s+/g, '-').toLowerCase());
}
