import { describe, expect, it } from 'vitest';
import { de } from '../../client/i18n/de.js';
import { en } from '../../client/i18n/en.js';
import { formatCount, pluralForm } from '../../client/i18n/plural.js';

const forms = { one: 'questions.listCountOne', other: 'questions.listCount' } as const;
const say = (catalogue: Record<string, string>, tag: string, count: number) =>
  (catalogue[pluralForm(tag, count, forms)] ?? '').replace('{count}', formatCount(tag, count));

describe('counted words through Intl.PluralRules', () => {
  it('says "1 Frage" and "1 question", never "1 Fragen" or "1 questions"', () => {
    expect(say(de, 'de-DE', 1)).toBe('1 Frage');
    expect(say(de, 'de-DE', 0)).toBe('0 Fragen');
    expect(say(de, 'de-DE', 2)).toBe('2 Fragen');
    expect(say(en, 'en-GB', 1)).toBe('1 question');
    expect(say(en, 'en-GB', 5)).toBe('5 questions');
  });

  it('writes large counts the way each language does', () => {
    expect(say(de, 'de-DE', 1200)).toBe('1.200 Fragen');
    expect(say(en, 'en-GB', 1200)).toBe('1,200 questions');
  });

  it('the "one" forms carry the count, so none hard-codes a 1', () => {
    const ones = ['questions.listCountOne', 'qmod.votesOne', 'announce.reachedOne', 'host.summaryOne', 'offline.summaryOne', 'standDir.count.one'] as const;
    for (const catalogue of [de, en]) {
      for (const key of ones) expect(catalogue[key], key).toContain('{count}');
    }
  });
});
