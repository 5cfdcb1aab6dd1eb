import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { saveBookmarksIcs } from './exportBookmarks';
import { reminderChoices, reminderMinutes, setReminderMinutes } from './reminders';
import { NotificationPermission } from '../announcements/NotificationPermission';
import { apiPath } from '../../sync/eventAddress';

/** Without permission reminders still show inside the app. */
const reminderWording = {
  allow: 'myAgenda.allowNotifications',
  granted: 'myAgenda.notificationsGranted',
  denied: 'myAgenda.notificationsDenied',
} as const;

function ReminderSetting() {
  return (
    <section class="my-agenda-tool" aria-labelledby="my-agenda-reminders">
      <h2 id="my-agenda-reminders">{t('myAgenda.remindersHeading')}</h2>
      <label class="field">
        <span class="field-label">{t('myAgenda.reminderLabel')}</span>
        <select
          value={String(reminderMinutes())}
          aria-describedby="my-agenda-reminder-hint"
          onChange={(event) => setReminderMinutes(Number(event.currentTarget.value))}
        >
          <For each={reminderChoices}>
            {(minutes) => (
              <option value={String(minutes)} selected={minutes === reminderMinutes()}>
                {minutes === 0 ? t('myAgenda.reminderOff') : t('myAgenda.reminderMinutes', { minutes })}
              </option>
            )}
          </For>
        </select>
      </label>
      <p id="my-agenda-reminder-hint" class="field-hint">
        {t('myAgenda.reminderHint')}
      </p>
      <NotificationPermission wording={reminderWording} statusClass="my-agenda-permission" />
    </section>
  );
}

function CalendarExport(props: { ids: readonly string[] }) {
  const [message, setMessage] = createSignal('');
  async function save(): Promise<void> {
    const saved = await saveBookmarksIcs(state(), props.ids, t('myAgenda.fileName')).catch(() => false);
    setMessage(saved ? t('myAgenda.exportDone') : t('myAgenda.exportFailed'));
  }
  return (
    <section class="my-agenda-tool" aria-labelledby="my-agenda-export">
      <h2 id="my-agenda-export">{t('myAgenda.exportHeading')}</h2>
      <div class="button-row">
        <Show when={props.ids.length > 0}>
          <button type="button" class="button" onClick={() => void save()}>
            {t('myAgenda.exportBookmarks')}
          </button>
        </Show>
        {/* A plain link: the server builds it, and it works without this app's JavaScript. */}
        <a class="button-link" href={apiPath('/api/export/programme.ics')}>
          {t('myAgenda.exportProgramme')}
        </a>
      </div>
      <p class="form-message" role="status">
        {message()}
      </p>
    </section>
  );
}

/** Reminder choice and calendar export; the reminder only matters once something is bookmarked. */
export function MyAgendaTools(props: { ids: readonly string[] }) {
  return (
    <>
      <Show when={props.ids.length > 0}>
        <ReminderSetting />
      </Show>
      <CalendarExport ids={props.ids} />
    </>
  );
}
