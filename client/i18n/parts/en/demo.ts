/** The English strings of `../demo.ts`: loaded only when a phone reads English. */
import type { de } from '../demo';

export const en: Record<keyof typeof de, string> = {
  'demo.title': 'Remove the demo',
  'demo.intro': 'This event is still the demo. For your own event, remove it in one step, then import your programme and your stands.',
  'demo.what': 'Deleted: programme, rooms, stands and floor plan, polls and ratings, questions, announcements, and the demo’s name and venue. A programme you imported already goes too; import it again afterwards.',
  'demo.codes': 'The demo’s moderator access is revoked. Your organizer access and the access codes you made yourself stay.',
  'demo.remove': 'Remove the demo …',
  'demo.confirm': 'Yes, delete everything of the demo',
  'demo.keep': 'Cancel',
  'demo.confirmQuestion': 'Delete everything of the demo on every device? This cannot be undone.',
  'demo.done': 'The demo is removed. Give the event its name below under “Event”, then import the programme and the stands.',
};
