import { Show } from 'solid-js';
import type { DeploymentInfo } from '../../../shared/deployment';
import { t } from '../../i18n/i18n';

/**
 * The organizer's warning when phones would get the app without a secure context: PUBLIC_URL is
 * plain http:// and not localhost (the server's verdict), or this very page was opened that way.
 */
export function SecureContextWarning(props: { info: DeploymentInfo | null | undefined }) {
  const insecureUrl = () => {
    const current = props.info;
    return current?.insecurePublicUrl ? current.publicUrl : null;
  };
  const pageInsecure = () => !window.isSecureContext;
  return (
    <Show when={insecureUrl() !== null || pageInsecure()}>
      <section class="notice deploy-warning no-print" aria-labelledby="deploy-warning-title">
        <h2 id="deploy-warning-title">{t('deploy.insecure.title')}</h2>
        <Show when={insecureUrl()} fallback={<p>{t('deploy.insecure.thisPage')}</p>}>
          {(url) => <p>{t('deploy.insecure.address', { url: url() })}</p>}
        </Show>
        <p>{t('deploy.insecure.loss')}</p>
        <p>{t('deploy.insecure.fix')}</p>
      </section>
    </Show>
  );
}

/** Which Ortstermin runs, for the organizer's notes and a question to the maintainers. */
export function VersionLine(props: { info: DeploymentInfo | null | undefined }) {
  return <Show when={props.info}>{(info) => <p class="muted version-line">{t('deploy.version', { version: info().version })}</p>}</Show>;
}
