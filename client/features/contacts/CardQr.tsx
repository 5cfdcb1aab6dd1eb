import { createResource, createSignal, Show } from 'solid-js';
import { t } from '../../i18n/i18n';

/** Made on the phone by the qrcode package (loaded on first use): the card never leaves it to be drawn. */
async function qrDataUrl(address: string): Promise<string> {
  const { toDataURL } = await import('qrcode');
  return toDataURL(address, { errorCorrectionLevel: 'M', margin: 2, width: 320, color: { dark: '#000000', light: '#ffffff' } });
}

/** The card's QR code, and its address as text to copy for a phone without a camera. */
export function CardQr(props: { address: string }) {
  const [image] = createResource(() => props.address, qrDataUrl);
  const [copied, setCopied] = createSignal<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.address);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section class="card-qr" aria-labelledby="card-qr-title">
      <h2 id="card-qr-title">{t('cards.qrHeading')}</h2>
      <Show when={image()}>
        {(src) => <img class="card-qr-image" src={src()} alt={t('cards.qrAlt')} width="320" height="320" data-card-address={props.address} />}
      </Show>
      <p class="field-hint">{t('cards.qrHow')}</p>
      <label class="field">
        <span class="field-label">{t('cards.addressLabel')}</span>
        <input class="card-address" type="text" readOnly value={props.address} onFocus={(event) => event.currentTarget.select()} />
      </label>
      <button type="button" class="button button-quiet" onClick={() => void copy()}>
        {t('cards.copyAddress')}
      </button>
      <p class="field-hint" role="status">
        {copied() === 'copied' ? t('cards.copied') : copied() === 'failed' ? t('cards.copyFailed') : ''}
      </p>
    </section>
  );
}
