import { Show } from 'solid-js';
import type { EventInfo } from '../../../shared/model';
import { t, type MessageKey } from '../../i18n/i18n';
import { sendCommand, state } from '../../sync/connection';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';
import { instantFromInput, linksText, localInputValue, parseLinks } from './eventSettingsForm';

type Field = 'name' | 'venue' | 'address' | 'city' | 'timeZone' | 'description';

/** The event's name, dates, zone, venue, description and links, sent as one `event:configure`. */
function EventForm(props: { event: EventInfo }) {
  const command = createCommandStatus();
  const zone = () => props.event.timeZone;

  async function save(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (command.busy()) return;
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const links = parseLinks(text('links'));
    if (!links) return command.fail('settings.linksInvalid');
    const newZone = text('timeZone') || zone();
    const startsAt = instantFromInput(text('startsAt'), newZone) ?? props.event.startsAt;
    const endsAt = instantFromInput(text('endsAt'), newZone) ?? props.event.endsAt;
    command.start();
    const indexable = form.get('indexable') === 'on';
    const payload = { name: text('name'), venue: text('venue'), address: text('address'), city: text('city'), timeZone: newZone, description: text('description'), startsAt, endsAt, links, indexable };
    if (command.check(await sendCommand('event:configure', payload))) command.done('settings.saved');
  }

  const input = (field: Field, label: MessageKey, required = false) => (
    <label class="field">
      <span class="field-label">{t(label)}</span>
      <input name={field} value={props.event[field] ?? ''} required={required} autocomplete="off" />
    </label>
  );

  return (
    <form class="card settings-form" onSubmit={(e) => void save(e)}>
      {input('name', 'settings.name', true)}
      {input('venue', 'settings.venue')}
      {input('address', 'settings.address')}
      {input('city', 'settings.city')}
      <div class="field-row">
        <label class="field">
          <span class="field-label">{t('settings.startsAt')}</span>
          <input name="startsAt" type="datetime-local" value={localInputValue(props.event.startsAt, zone())} />
        </label>
        <label class="field">
          <span class="field-label">{t('settings.endsAt')}</span>
          <input name="endsAt" type="datetime-local" value={localInputValue(props.event.endsAt, zone())} />
        </label>
      </div>
      {input('timeZone', 'settings.timeZone', true)}
      <label class="field">
        <span class="field-label">{t('settings.description')}</span>
        <textarea name="description" rows="3">{props.event.description ?? ''}</textarea>
      </label>
      <label class="field">
        <span class="field-label">{t('settings.links')}</span>
        <textarea name="links" rows="2">{linksText(props.event)}</textarea>
      </label>
      <label class="choice">
        <input type="checkbox" name="indexable" checked={props.event.indexable === true} />
        {t('settings.indexable')}
      </label>
      <button type="submit" class="button" disabled={command.busy()}>{t('settings.save')}</button>
      <FormStatusLine status={command.status()} />
    </form>
  );
}

export function EventSettings() {
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings.title')}</h2>
      <p class="muted">{t('settings.intro')}</p>
      <Show when={state().event} keyed>
        {(event) => <EventForm event={event} />}
      </Show>
    </section>
  );
}
