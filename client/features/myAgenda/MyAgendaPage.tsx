import { t } from '../../i18n/i18n';

export function MyAgendaPage() {
  return (
    <section class="page" aria-labelledby="my-agenda-title">
      <h1 id="my-agenda-title">{t('nav.agenda')}</h1>
    </section>
  );
}
