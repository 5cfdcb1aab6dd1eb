import { createEffect, createRoot, createSignal } from 'solid-js';
import type { ClientErrorCode } from '../sync/commandResult';
import { readItem, writeItem } from '../sync/storage';
import { de, type MessageKey, type Messages } from './de';
import { en } from './en';
import { formatCount, pluralForm } from './plural';

type Locale = 'de' | 'en';
export type { MessageKey } from './de';

const catalogues: Record<Locale, Messages> = { de, en };
/** Intl locales for dates; times keep the 24-hour clock in both. */
const dateLocales: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

const localeKey = 'ortstermin.locale';
const locales: readonly Locale[] = ['de', 'en'];

/** German unless this device chose English before. */
function storedLocale(): Locale {
  const stored = readItem(localeKey);
  return locales.find((l) => l === stored) ?? 'de';
}

const [locale, setLocaleSignal] = createSignal<Locale>(storedLocale());
export { locale };

export function setLocale(next: Locale): void {
  setLocaleSignal(next);
  writeItem(localeKey, next);
}

export const dateLocale = (): string => dateLocales[locale()];

createRoot(() => {
  createEffect(() => {
    document.documentElement.lang = locale();
  });
});

type TranslationParams = Record<string, string | number>;

/** Reactive: reading it inside JSX re-renders the text when the locale changes. */
export function t(key: MessageKey, params?: TranslationParams): string {
  const template = catalogues[locale()][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export function errorMessage(code: ClientErrorCode): string {
  return t(`error.${code}`);
}

/** A counted phrase in the reader's language, e.g. tCount(3, { one: 'x.one', other: 'x.other' }). */
export function tCount(count: number, forms: { one: MessageKey; other: MessageKey }): string {
  return t(pluralForm(dateLocale(), count, forms), { count: formatCount(dateLocale(), count) });
}
