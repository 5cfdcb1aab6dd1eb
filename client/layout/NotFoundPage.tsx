import { A } from '@solidjs/router';
import { t } from '../i18n/i18n';

export function NotFoundPage() {
  return (
    <section class="page">
      <h1>{t('app.notFound')}</h1>
      <A class="button-link" href="/">{t('app.toStart')}</A>
    </section>
  );
}
