/** The English strings of `../standDirectory.ts`: loaded only when a phone reads English. */
import type { de } from '../standDirectory';

export const en: Record<keyof typeof de, string> = {
  'standDir.searchLabel': 'Search stands',
  'standDir.searchHint': 'Name, municipality, topic, implementation or cost – typos are fine.',
  'standDir.topics': 'Filter by topic',
  'standDir.clear': 'Clear search and filters',
  'standDir.count.none': 'No stands found',
  'standDir.count.one': '{count} stand',
  'standDir.count.other': '{count} stands',
  'standDir.noResults': 'No stand matches this search.',
  'standDir.noResultsHint': 'Try another word, the name of a municipality or another topic.',
  'standDir.municipality': 'Municipality',
  'standDir.topic': 'Topic',
  'standDir.project': 'The project',
  'standDir.implementation': 'Implementation',
  'standDir.cost': 'Cost',
  'standDir.contact': 'Contact',
  'standDir.email': 'Email',
  'standDir.phone': 'Phone',
  'standDir.website': 'Website',
  'standDir.newTab': '(opens in a new tab)',
};
