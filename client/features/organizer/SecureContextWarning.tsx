import { createResource, Show } from 'solid-js';
import { deploymentInfoSchema } from '../../../shared/deployment';
import { t } from '../../i18n/i18n';
import { callApi } from '../../sync/httpApi';

/**
 * The organizer's warning when phones would get the app without a secure context: PUBLIC_URL is
 * plain http:// and not localhost (the server's verdict), or this very page was opened that way.
 */
export function SecureContextWarning() {
  const [info] = createResource(async () => {
    const outcome = await callApi('/api/deployment', {}, deploymentInfoSchema, { withToken: false });
    return outcome.ok ? outcome.value : null;
  });
  const insecureUrl = () => {
    const current = info();
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
