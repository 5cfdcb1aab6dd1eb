import { t } from '../../i18n/i18n';

export function ImportPage() {
  return (
    <section class="page" aria-labelledby="import-title">
      <h1 id="import-title">{t('nav.agenda')}</h1>
    </section>
  );
}
