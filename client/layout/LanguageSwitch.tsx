import { locale, setLocale, t } from '../i18n/i18n';

/** One button: it names the other language in that language, so either reader finds it. */
export function LanguageSwitch() {
  const other = () => (locale() === 'de' ? 'en' : 'de');
  return (
    <button
      type="button"
      class="language-switch"
      lang={other()}
      aria-label={t('language.switchTo')}
      onClick={() => void setLocale(other())}
    >
      {other().toUpperCase()}
    </button>
  );
}
