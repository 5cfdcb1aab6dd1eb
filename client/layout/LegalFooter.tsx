import { A } from '@solidjs/router';
import { For } from 'solid-js';
import { legalPages } from '../../shared/legal';
import { t } from '../i18n/i18n';

/** On every page of the app: the legal pages, Leichte Sprache and "Meine Daten", one step away. */
export function LegalFooter() {
  return (
    <nav class="legal-footer" aria-label={t('legal.nav')}>
      <ul>
        <For each={legalPages}>
          {(page) => (
            <li>
              <A href={`/${page}`}>
                {t(`legal.title.${page}`)}
              </A>
            </li>
          )}
        </For>
        <li>
          <A href="/meine-daten">{t('myData.link')}</A>
        </li>
      </ul>
    </nav>
  );
}
