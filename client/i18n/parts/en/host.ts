/** The English strings of `../host.ts`: loaded only when a phone reads English. */
import type { de } from '../host';

export const en: Record<keyof typeof de, string> = {
  'host.title': 'My stand',
  'host.needLogin': 'This page is for stand hosts. Please sign in with the link for your stand.',
  'host.noStand': 'This access has no stand.',
  'host.publicPage': 'View the public stand page',
  'host.status.title': 'Status at the stand',
  'host.status.text': 'Short message (optional)',
  'host.status.availability': 'Availability',
  'host.status.save': 'Set status',
  'host.status.saved': 'Status updated.',
  'host.questions': 'Questions to your stand',
  'host.open': 'Open ({count})',
  'host.answered': 'Answered ({count})',
  'host.none': 'No questions yet.',
  'host.summaryOne': '{count} open question',
  'host.summaryMany': '{count} open questions',
  'host.notPublic': 'not public yet',
};
