import { A } from '@solidjs/router';
import { createMemo, Show } from 'solid-js';
import type { LegalPage as Page } from '../../../shared/legal';
import { locale, t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { legalContent } from './legalContent';
import { legalTree } from './markdownTree';
import { Blocks } from './MarkdownView';
import { proposedTexts } from './proposed';

/**
 * One legal page: the organizer's text from the state the phone keeps (so offline too), else the
 * one Ortstermin ships. A text not in the reader's language says so and carries its own `lang`.
 */
export function LegalPage(props: { page: Page }) {
  const content = createMemo(() => legalContent(state().legal, proposedTexts(state().event), props.page, locale()));
  const tree = createMemo(() => legalTree(content().markdown, location.origin));
  const foreign = () => content().lang !== locale();
  return (
    <article class="page legal-page" aria-labelledby="legal-title" data-legal-page={props.page}>
      <h1 id="legal-title">{t(`legal.title.${props.page}`)}</h1>
      <Show when={foreign()}>
        <p class="notice">{t('legal.onlyGerman')}</p>
      </Show>
      <div class="legal-text" lang={content().lang}>
        <Blocks blocks={tree()} />
      </div>
      {/* Outside the organizer's text, so replacing the text never loses the way to report. */}
      <Show when={props.page === 'barrierefreiheit'}>
        <p>
          <A class="button-link" href="/barrierefreiheit/melden">{t('legal.reportLink')}</A>
        </p>
      </Show>
    </article>
  );
}

export const ImpressumPage = () => <LegalPage page="impressum" />;
export const DatenschutzPage = () => <LegalPage page="datenschutz" />;
export const BarrierefreiheitPage = () => <LegalPage page="barrierefreiheit" />;
export const LeichteSprachePage = () => <LegalPage page="leichte-sprache" />;
