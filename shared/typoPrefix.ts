/**
 * What MiniSearch's fuzzy and prefix search do not find: a word begun with a typo ("digitl" while
 * typing "Digitale"; a search field that filters as one types needs it) and a word inside a German
 * compound. Pure functions, unit-tested alone.
 */

/** How many typos a query word may have: none in short words, where one edit makes another word. */
export function allowedTypos(length: number): number {
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

/** A shorter part of a word inside a compound is no longer a word of its own. */
const shortestPart = 3;

/**
 * The words of `vocabulary` that MiniSearch does not reach from `term` but a visitor means: a
 * compound with the term inside ("portal" in "burgerportal"), or a word the term begins with a
 * typo or two that is longer than the typos allowed ("digitl" for "digitale"). Words it begins
 * exactly are the prefix search's, whole words with typos the fuzzy search's.
 */
export function wordsMeantBy(term: string, vocabulary: Iterable<string>): string[] {
  const max = allowedTypos(term.length);
  const found: string[] = [];
  for (const word of vocabulary) {
    if (word.startsWith(term)) continue;
    if (term.length >= shortestPart && word.includes(term)) found.push(word);
    else if (max > 0 && word.length - term.length > max && prefixDistance(term, word, max) <= max) found.push(word);
  }
  return found;
}
