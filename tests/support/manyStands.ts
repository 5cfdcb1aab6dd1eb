import type { SearchableStand } from '../../client/features/stands/standSearch.js';

const words = ['Digitale', 'Dörfer', 'Straße', 'Verwaltung', 'Bürgerservice', 'Mobilität', 'Kita', 'Portal', 'Sensorik'];

/** A large directory of made-up stands: the search test and the benchmark use the same one. */
export function manyStands(count: number): SearchableStand[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `Stand ${i} ${words[i % words.length] ?? ''}`,
    municipality: `Gemeinde ${i % 57}`,
    topic: words[(i * 7) % words.length] ?? '',
    description: Array.from({ length: 25 }, (_, j) => `${words[(i + j) % words.length] ?? ''}${(i * j) % 97}`).join(' '),
  }));
}

/** What a person types, keystroke by keystroke, typos included. */
export const typedQueries = ['d', 'di', 'dig', 'digi', 'digit', 'digitl', 'digitle dorfr', 'verwaltnug'];
