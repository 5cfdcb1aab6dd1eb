import { t } from '../../i18n/i18n';

export function MapPage() {
  return (
    <section class="page" aria-labelledby="map-title">
      <h1 id="map-title">{t('nav.stands')}</h1>
    </section>
  );
}
