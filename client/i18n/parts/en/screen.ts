/** The English strings of `../screen.ts`: loaded only when a phone reads English. */
import type { de } from '../screen';

export const en: Record<keyof typeof de, string> = {
  'screen.nowAsked': 'Now asked',
  'screen.questions': 'Questions from the audience',
  'screen.empty': 'No questions yet.',
  'screen.askAt': 'Ask your question: {url}',
  'screen.more': '+ {count} more',
  'screen.votes': 'votes',
  'screen.notFound': 'This session does not exist.',
  'screen.offline': 'Connection lost – the display may be out of date',
};
