/** The English strings of `../mailbox.ts`: loaded only when a phone reads English. */
import type { de } from '../mailbox';

export const en: Record<keyof typeof de, string> = {
  'mailbox.sendBack': 'Send my card back',
  'mailbox.sendBackHint': 'Your card goes to this phone encrypted. Only that phone can open it; the Ortstermin server does not see it.',
  'mailbox.sending': 'Encrypting and sending your card …',
  'mailbox.sent': 'Your card is on its way. It arrives as soon as Ortstermin is open on the other phone (within 24 hours).',
  'mailbox.full': 'The other phone has received too many cards just now, or you sent very many in a short time. Please try again later.',
  'mailbox.offline': 'No connection right now. Please try again in a moment.',
  'mailbox.failed': 'The card could not be sent. Please try again later.',
  'mailbox.noCard': 'You can send this person your own card back. First make your contact card:',
  'mailbox.makeCard': 'Make my contact card',
  'mailbox.received': 'Received the card of {name} and saved it in “My contacts”.',
  'mailbox.receivedNotStored': 'Received the card of {name}, but this phone does not let Ortstermin store it right now.',
  'mailbox.dismiss': 'Close notice',
  'mailbox.noReplyRoom': 'At this length there is no room in the QR code to send a card back: whoever scans it cannot send you theirs. Shorten a field if you want that.',
  'mailbox.replyHow': 'Whoever scans the code can send you their card back, encrypted; it goes to “My contacts” while Ortstermin is open.',
  'mailbox.requestReceived': '{name} would like your card. You decide in “My contacts” whether to send it.',
  'mailbox.requestNotStored': '{name} would like your card, but this phone does not let Ortstermin store the request right now.',
  'requests.heading': 'Requests for your card',
  'requests.intro': 'These people asked for your card in “Who is here?” and sent their own along. They only get your card when you press “Send card”. A request expires after 24 hours.',
  'requests.wants': '{name} would like your card',
  'requests.send': 'Send card',
  'requests.decline': 'Decline',
  'requests.sent': 'Your card is on its way to {name}. {name} is now in “My contacts”.',
  'requests.noCard': 'To answer, first make your contact card:',
  'requests.needCard': 'Your own card goes along with the request. First make your contact card:',
};
