/** Letters that Unicode does not decompose into a base letter and a mark. */
const ligatures: Readonly<Record<string, string>> = { æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };

/**
 * One spelling for the ways people type German on a phone keyboard: "Dörfer", "Doerfer" and
 * "Dorfer" all become "dorfer", "Straße" becomes "strasse", other accents are dropped.
 * Stand search (query and stand text) and the word cloud go through the same folding, so "Feuer" → "feur" matches itself.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[æœøłđı]/g, (letter) => ligatures[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/([aou])e/g, '$1');
}
