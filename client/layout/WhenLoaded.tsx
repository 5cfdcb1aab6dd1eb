import { Show, type JSX } from 'solid-js';
import { t } from '../i18n/i18n';
import { loaded } from '../sync/connection';

/**
 * A page's content once the device has the event (from its own store or the server); until
 * then the one line every page shows, in the page's own style ("muted", or the big screen's).
 */
export function WhenLoaded(props: { children: JSX.Element; class?: string }) {
  return (
    <Show when={loaded()} fallback={<p class={props.class ?? 'muted'}>{t('app.loading')}</p>}>
      {props.children}
    </Show>
  );
}
