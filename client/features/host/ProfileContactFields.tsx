import { For } from 'solid-js';
import type { ContactEntry } from '../../../shared/standProfile';
import { contactFields, type ContactField } from '../../../shared/standProfileFields';
import { t } from '../../i18n/i18n';

const inputType: Record<ContactField, string> = { name: 'text', email: 'email', phone: 'tel', url: 'url' };

/** Name, e-mail, phone and website, each with its own "öffentlich zeigen" tick: unticked stays with the hosts and the staff. */
export function ProfileContactFields(props: { entry: (field: ContactField) => ContactEntry; onChange: (field: ContactField, entry: ContactEntry) => void }) {
  return (
    <fieldset class="profile-contact">
      <legend class="field-label">{t('profile.contact')}</legend>
      <p id="profile-contact-hint" class="field-hint">{t('profile.contactHint')}</p>
      <For each={contactFields}>
        {(field) => (
          <div class="contact-edit" data-contact-field={field}>
            <label class="field">
              <span class="field-label">{t(`profile.contact.${field}`)}</span>
              <input
                type={inputType[field]}
                value={props.entry(field).value}
                aria-describedby="profile-contact-hint"
                onInput={(e) => props.onChange(field, { ...props.entry(field), value: e.currentTarget.value })}
              />
            </label>
            <label class="choice">
              <input
                type="checkbox"
                checked={props.entry(field).public}
                onChange={(e) => props.onChange(field, { ...props.entry(field), public: e.currentTarget.checked })}
              />
              <span>{t('profile.public')}</span>
            </label>
          </div>
        )}
      </For>
    </fieldset>
  );
}
