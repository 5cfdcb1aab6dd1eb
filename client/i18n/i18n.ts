import { createEffect, createRoot, createSignal } from 'solid-js';
import type { ClientErrorCode } from '../sync/commandResult';
import { readItem, writeItem } from '../sync/storage';
import { de, type MessageKey, type Messages } from './de';
import { formatCount, pluralForm } from './plural';

type Locale = 'de' | 'en';
export type { MessageKey } from './de';

/** German is on the first page; English (half the strings) loads only for a phone that reads it. */
const catalogues: Partial<Record<Locale, Messages>> = { de };
const loaders: Record<Locale, () => Promise<Messages>> = {
  de: () => Promise.resolve(de),
  en: () => import('./en').then((module) => module.en),
};
/** Intl locales for dates; times keep the 24-hour clock in both. */
const dateLocales: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

const localeKey = 'ortstermin.locale';
const locales: readonly Locale[] = ['de', 'en'];

/** German unless this device chose English before. */
function storedLocale(): Locale {
  const stored = readItem(localeKey);
  return locales.find((l) => l === stored) ?? 'de';
}

const [locale, setLocaleSignal] = createSignal<Locale>('de');
export { locale };

async function loadCatalogue(next: Locale): Promise<void> {
  catalogues[next] ??= await loaders[next]();
}

/** The language last asked for: a slow English file must not undo a switch back to German meanwhile. */
let wanted: Locale = 'de';

/** Switches once the language's strings are here, so no text shows a bare key meanwhile. */
export async function setLocale(next: Locale): Promise<void> {
  wanted = next;
  await loadCatalogue(next);
  if (wanted !== next) return;
  setLocaleSignal(next);
  writeItem(localeKey, next);
}

/** The language this device chose before, its strings loaded: the app renders after this. */
export async function startLocale(): Promise<void> {
  const stored = storedLocale();
  wanted = stored;
  // Offline without the English file (never happens once saved for offline use), German still reads.
  await loadCatalogue(stored).then(() => setLocaleSignal(stored), () => undefined);
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
  const template = (catalogues[locale()] ?? de)[key];
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
