import { For } from 'solid-js';
import type { MessageKey } from '../../i18n/i18n';
import { t } from '../../i18n/i18n';
import { apiPath } from '../../sync/eventAddress';

const exports: readonly { href: string; file: string; label: MessageKey }[] = [
  { href: '/api/export/schedule.xml', file: 'schedule.xml', label: 'import.export.xml' },
  { href: '/api/export/schedule.json', file: 'schedule.json', label: 'import.export.json' },
  { href: '/api/export/programme.ics', file: 'programme.ics', label: 'import.export.ics' },
];

/** The public exports, as downloads: the programme as it is now, with the day's changes. */
export function ExportLinks() {
  return (
    <section class="card import-section" aria-labelledby="export-title">
      <h2 id="export-title">{t('import.export.title')}</h2>
      <p class="muted">{t('import.export.intro')}</p>
      <ul class="plain-list export-links">
        <For each={exports}>
          {(item) => (
            <li>
              <a class="button-link" href={apiPath(item.href)} download={item.file}>
                {t(item.label)}
              </a>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
