/**
 * Which catalogue entry fits a count, by the language's own plural rules (Intl.PluralRules):
 * "1 Frage" / "2 Fragen", "1 question" / "2 questions". Pure apart from Intl, unit-tested alone.
 */
export function pluralForm<K>(localeTag: string, count: number, forms: { one: K; other: K }): K {
  return new Intl.PluralRules(localeTag).select(count) === 'one' ? forms.one : forms.other;
}

/** The count as the language writes numbers: "1.200" in German, "1,200" in English. */
export function formatCount(localeTag: string, count: number): string {
  return new Intl.NumberFormat(localeTag).format(count);
}
