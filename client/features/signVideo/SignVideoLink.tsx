import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { DgsPictogram } from './DgsPictogram';

/** The start page's way to the DGS video; there only while the organizer has one linked. */
export function SignVideoLink() {
  return (
    <Show when={state().signVideo}>
      <p class="dgs-link">
        <A href="/gebaerdensprache" class="dgs-link-anchor">
          <DgsPictogram />
          <span>{t('dgs.link')}</span>
        </A>
      </p>
    </Show>
  );
}
