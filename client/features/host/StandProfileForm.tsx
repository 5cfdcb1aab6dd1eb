import { createSignal, For } from 'solid-js';
import type { Stand } from '../../../shared/model';
import { own } from '../../../shared/records';
import type { ContactEntry } from '../../../shared/standProfile';
import { profileTextLimits, type ContactField, type ProfileTextField } from '../../../shared/standProfileFields';
import { contactFormValues } from '../../../shared/standProfileEdit';
import { limits } from '../../../shared/model';
import { t, type MessageKey } from '../../i18n/i18n';
import { sendCommand, state } from '../../sync/connection';
import { CountedField } from '../../forms/CountedField';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';
import { ProfileContactFields } from './ProfileContactFields';
import { emptyDraft, liveLinks, livePartners, profileEditOf, type ProfileDraft } from './profileDraft';

/** The texts in the form's order, with how many rows each gets (none: one line). */
const textFields: readonly { field: ProfileTextField; rows?: number }[] = [
  { field: 'summary' },
  { field: 'description', rows: 5 },
  { field: 'implementation', rows: 4 },
  { field: 'team', rows: 2 },
  { field: 'duration' },
  { field: 'costOneOff' },
  { field: 'costPerYear' },
  { field: 'funding', rows: 2 },
  { field: 'cost', rows: 2 },
];
const label = (field: ProfileTextField): MessageKey => `profile.${field}`;

/**
 * The host's profile of their project (the organizer's of any stand). A field follows the live
 * profile until it is typed in; saving sends only the fields that changed, so two people editing
 * one stand overwrite nothing of each other but the field both changed (the later save wins).
 */
export function StandProfileForm(props: { stand: Stand }) {
  const [draft, setDraft] = createSignal<ProfileDraft>(emptyDraft);
  const command = createCommandStatus();
  const contact = () => contactFormValues(props.stand, own(state().standContacts, props.stand.id));
  const text = (field: ProfileTextField) => draft().texts[field] ?? props.stand[field] ?? '';
  const english = (field: ProfileTextField) => draft().en[field] ?? props.stand.en?.[field] ?? '';
  const setText = (field: ProfileTextField, value: string) => setDraft((d) => ({ ...d, texts: { ...d.texts, [field]: value } }));
  const setEnglish = (field: ProfileTextField, value: string) => setDraft((d) => ({ ...d, en: { ...d.en, [field]: value } }));
  const contactEntry = (field: ContactField) => draft().contact[field] ?? contact()[field];
  const setContact = (field: ContactField, entry: ContactEntry) => setDraft((d) => ({ ...d, contact: { ...d.contact, [field]: entry } }));

  async function save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (command.busy()) return;
    const edit = profileEditOf(props.stand, contact(), draft());
    if (edit === 'nothing') return command.done('profile.nothing');
    if (edit === 'badLinks') return command.fail('profile.badLinks');
    command.start();
    if (!command.check(await sendCommand('stand:edit-profile', { standId: props.stand.id, ...edit }))) return;
    setDraft(emptyDraft);
    command.done('profile.saved');
  }

  return (
    <form class="card profile-form" onSubmit={(e) => void save(e)} data-form="stand-profile">
      <p class="muted">{t('profile.lead')}</p>
      <For each={textFields}>
        {(item) => (
          <div data-profile-field={item.field}>
            <CountedField label={label(item.field)} max={profileTextLimits[item.field]} rows={item.rows} value={text(item.field)} onInput={(v) => setText(item.field, v)} />
          </div>
        )}
      </For>
      <label class="field">
        <span class="field-label">{t('profile.partners')}</span>
        <textarea rows={3} maxLength={limits.name * 20} value={draft().partners ?? livePartners(props.stand)} onInput={(e) => setDraft((d) => ({ ...d, partners: e.currentTarget.value }))} />
      </label>
      <label class="field">
        <span class="field-label">{t('profile.links')}</span>
        <textarea rows={3} aria-describedby="profile-links-hint" value={draft().links ?? liveLinks(props.stand)} onInput={(e) => setDraft((d) => ({ ...d, links: e.currentTarget.value }))} />
        <span id="profile-links-hint" class="field-hint">{t('profile.linksHint')}</span>
      </label>
      <details class="profile-english">
        <summary>{t('profile.english')}</summary>
        <For each={textFields}>
          {(item) => (
            <div lang="en" data-profile-field={`en.${item.field}`}>
              <CountedField label={label(item.field)} labelSuffix={t('profile.englishSuffix')} max={profileTextLimits[item.field]} rows={item.rows} value={english(item.field)} onInput={(v) => setEnglish(item.field, v)} />
            </div>
          )}
        </For>
      </details>
      <ProfileContactFields entry={contactEntry} onChange={setContact} />
      <button type="submit" class="button" disabled={command.busy()}>
        {t('profile.save')}
      </button>
      <FormStatusLine status={command.status()} />
    </form>
  );
}
