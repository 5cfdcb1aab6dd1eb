import { createSignal, untrack } from 'solid-js';
import type { Session } from '../../../shared/model';
import type { PublicState } from '../../../shared/publicState';
import { dateLocale, t } from '../../i18n/i18n';
import { readItem, writeItem } from '../../sync/storage';
import { createStoredIdSet } from '../../sync/storedIdSet';
import { notificationsSupported, showSystemNotification } from '../announcements/systemNotifications';
import { eventZone, roomName, timeOf } from '../agenda/sessionView';
import { dueReminders, reminderKey } from './myAgendaLogic';
import { zoneName } from './zoneLabel';

export const reminderChoices = [0, 5, 10, 15] as const;
/** Ten minutes unless the attendee chose otherwise: time to walk across the venue. */
const defaultMinutes = 10;
const settingKey = 'ortstermin.reminderMinutes';

function storedMinutes(): number {
  const stored = readItem(settingKey);
  const minutes = stored === null ? defaultMinutes : Number(stored);
  return reminderChoices.find((choice) => choice === minutes) ?? defaultMinutes;
}

const [reminderMinutes, setMinutesSignal] = createSignal(storedMinutes());
export { reminderMinutes };

export function setReminderMinutes(minutes: number): void {
  const choice = reminderChoices.find((c) => c === minutes);
  if (choice === undefined) return;
  setMinutesSignal(choice);
  writeItem(settingKey, String(choice));
}

/** Kept on the device, so a reload does not remind twice. */
const fired = createStoredIdSet('ortstermin.remindersFired', 200);

interface ReminderNotice {
  key: string;
  session: Session;
}

const [notices, setNotices] = createSignal<readonly ReminderNotice[]>([]);
export { notices };

export const dismissNotice = (key: string) => setNotices((all) => all.filter((n) => n.key !== key));

export function reminderText(session: Session, state: PublicState): { time: string; zone: string; room: string } {
  return {
    time: timeOf(session.startsAt, state),
    zone: zoneName(session.startsAt, eventZone(state), dateLocale()),
    room: roomName(session.roomId, state),
  };
}

/** A system notification through the service worker (Android refuses `new Notification` in a page). */
async function notifySystem(session: Session, state: PublicState): Promise<boolean> {
  if (!notificationsSupported() || Notification.permission !== 'granted') return false;
  const title = t('myAgenda.reminderTitle', { title: session.title });
  const url = `/session/${encodeURIComponent(session.id)}`;
  try {
    await showSystemNotification(title, { body: t('myAgenda.reminderBody', reminderText(session, state)), tag: `reminder:${reminderKey(session)}`, url });
    return true;
  } catch {
    return false;
  }
}

async function remind(session: Session, state: PublicState): Promise<void> {
  if (await notifySystem(session, state)) return;
  // A session moved after its reminder is reminded of again: the newer notice replaces the older.
  setNotices((all) => [...all.filter((n) => n.session.id !== session.id), { key: reminderKey(session), session }]);
}

/** Reminds once of every bookmarked session about to start; `nowMs` is the server's time. */
export function checkReminders(nowMs: number, state: PublicState, bookmarked: readonly Session[]): void {
  const due = dueReminders(nowMs, bookmarked, reminderMinutes(), untrack(fired.ids));
  for (const session of due) {
    fired.set(reminderKey(session), true);
    void remind(session, state);
  }
}
