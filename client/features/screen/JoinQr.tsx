import { createResource, Show } from 'solid-js';
import { t } from '../../i18n/i18n';

/** Made on the device by the qrcode package: no third-party host, works offline. */
async function qrDataUrl(url: string): Promise<string> {
  const { toDataURL } = await import('qrcode');
  return toDataURL(url, { errorCorrectionLevel: 'M', margin: 1, width: 360, color: { dark: '#000000', light: '#ffffff' } });
}

/** The join code on the big screen: phones in the hall scan it to ask and vote. */
export function JoinQr(props: { url: string }) {
  const [image] = createResource(() => props.url, qrDataUrl);
  return (
    <figure class="screen-qr" data-join-qr={props.url}>
      <Show when={image()}>{(src) => <img src={src()} alt={t('screen.joinQr', { url: props.url })} width="360" height="360" />}</Show>
      <figcaption>
        <span class="screen-qr-label">{t('screen.join')}</span>
        <span class="screen-qr-url">{props.url.replace(/^https?:\/\//, '')}</span>
      </figcaption>
    </figure>
  );
}
