import type { CloudWord } from './polls.js';
import { foldText } from './textFold.js';

/**
 * One key for the ways a word gets typed: case, umlauts and accents ("Bürgerbüro", "buergerbuero"),
 * and spaces, hyphens and dots ("E-Akte", "eakte", "E Akte") make no difference.
 */
export function wordKey(word: string): string {
  return foldText(word).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Edits between two keys (insert, delete, substitute), or `max + 1` once it is sure to be more. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    if (Math.min(...row) > max) return max + 1;
    previous = row;
  }
  return previous[b.length]!;
}

/** A typo merges only into a longer word: in short ones, one letter makes another word ("Amt", "Akt"). */
const typoLength = 6;

/**
 * Merges spelling variants: same key, or one typo apart in words of six letters or more
 * ("Digitalisierung", "Digitalisirung"). Each merged word shows in its most typed spelling (the first on a tie);
 * most frequent first. Words whose key is hidden are left out.
 */
export function mergeWords(words: Iterable<string>, hidden: ReadonlySet<string> = new Set()): CloudWord[] {
  const byKey = new Map<string, Map<string, number>>();
  for (const word of words) {
    const key = wordKey(word);
    if (key === '') continue;
    const spellings = byKey.get(key) ?? new Map<string, number>();
    spellings.set(word, (spellings.get(word) ?? 0) + 1);
    byKey.set(key, spellings);
  }
  const total = (spellings: Map<string, number>) => [...spellings.values()].reduce((a, b) => a + b, 0);
  const keys = [...byKey.keys()].sort((a, b) => total(byKey.get(b)!) - total(byKey.get(a)!) || a.localeCompare(b));
  const groups: { key: string; spellings: Map<string, number> }[] = [];
  for (const key of keys) {
    const near = key.length >= typoLength ? groups.find((g) => g.key.length >= typoLength && editDistance(g.key, key, 1) <= 1) : undefined;
    if (!near) groups.push({ key, spellings: new Map(byKey.get(key)) });
    else for (const [spelling, n] of byKey.get(key)!) near.spellings.set(spelling, (near.spellings.get(spelling) ?? 0) + n);
  }
  return groups
    .filter((g) => !hidden.has(g.key))
    .map((g) => ({ key: g.key, word: mostTyped(g.spellings), count: total(g.spellings) }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
}

/** The spelling typed most often; on a tie the one typed first (a Map keeps that order, the sort is stable). */
function mostTyped(spellings: Map<string, number>): string {
  return [...spellings].sort((a, b) => b[1] - a[1])[0]![0];
}
