/**
 * Typing-tolerant text matching for the stand search: pure functions, no Solid, so they are
 * unit-tested alone and run as fast in a test as on a phone.
 */

export { foldText } from '../../../shared/textFold';

/**
 * The words of folded text. A hyphenated or dotted word also counts joined up, so "E-Scooter"
 * is found as "escooter" as well as "scooter".
 */
export function wordsOf(folded: string): string[] {
  const words: string[] = [];
  for (const chunk of folded.split(/\s+/)) {
    const parts = chunk.split(/[^\p{L}\p{N}]+/u).filter((part) => part !== '');
    if (parts.length > 1) words.push(parts.join(''));
    words.push(...parts);
  }
  return words;
}

/** How many typos a query word may have: none in short words, where one edit makes another word. */
function allowedTypos(length: number): number {
  if (length >= 8) return 2;
  return length >= 4 ? 1 : 0;
}

/**
 * The fewest edits (insert, delete, substitute, swap two neighbours: optimal string alignment)
 * that turn `query` into `word` or into a beginning of it, so a half-typed word still finds.
 * Returns `max + 1` as soon as the answer must be larger than `max`.
 */
export function prefixDistance(query: string, word: string, max: number): number {
  const columns = Math.min(word.length, query.length + max);
  let before: number[] = [];
  let previous = Array.from({ length: columns + 1 }, (_, j) => j);
  for (let i = 1; i <= query.length; i++) {
    const row = [i];
    let rowBest = i;
    for (let j = 1; j <= columns; j++) {
      const cost = query[i - 1] === word[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? i) + 1, (row[j - 1] ?? i) + 1, (previous[j - 1] ?? i) + cost);
      if (i > 1 && j > 1 && query[i - 1] === word[j - 2] && query[i - 2] === word[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? i) + 1);
      }
      row.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > max) return max + 1;
    before = previous;
    previous = row;
  }
  return Math.min(...previous);
}

/** How well one folded query word matches one folded word of a stand: 0 (not at all) to 5 (same word). */
export function matchQuality(term: string, word: string): number {
  if (word === term) return 5;
  if (word.startsWith(term)) return 4;
  // German compounds: "portal" should find "Bürgerportal".
  if (term.length >= 3 && word.includes(term)) return 3;
  const max = allowedTypos(term.length);
  if (max === 0 || word.length < term.length - max) return 0;
  const distance = prefixDistance(term, word, max);
  return distance <= max ? 3 - distance : 0;
}
