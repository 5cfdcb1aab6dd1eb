import { useNavigate } from '@solidjs/router';
import { createSignal, onCleanup, Show } from 'solid-js';
import { cardPath, encodeCardFragment, offerFromText } from '../../../shared/cardFragment';
import { t, type MessageKey } from '../../i18n/i18n';
import { qrReader } from './qrReader';

type ScanState = 'idle' | 'scanning' | 'notCard' | 'insecure' | 'noCamera' | 'denied';

const problemText: Partial<Record<ScanState, MessageKey>> = {
  notCard: 'cards.scanNotCard',
  insecure: 'cards.scanInsecure',
  noCamera: 'cards.scanNoCamera',
  denied: 'cards.scanDenied',
};

/** Why the camera cannot be opened here, or null when it may be asked for. */
function cameraProblem(): ScanState | null {
  if (!window.isSecureContext) return 'insecure';
  return typeof navigator.mediaDevices?.getUserMedia === 'function' ? null : 'noCamera';
}

/**
 * The in-app scanner: the camera's picture is read on the phone (BarcodeDetector or jsQR) a few
 * times a second; a card found opens the card page, the same one the camera app would open.
 */
export function Scanner() {
  const navigate = useNavigate();
  const [state, setState] = createSignal<ScanState>('idle');
  let video: HTMLVideoElement | undefined;
  let stream: MediaStream | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stop = () => {
    clearTimeout(timer);
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = undefined;
  };
  onCleanup(stop);

  const start = async () => {
    const problem = cameraProblem();
    if (problem) return setState(problem);
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch (error) {
      return setState(error instanceof DOMException && error.name === 'NotAllowedError' ? 'denied' : 'noCamera');
    }
    setState('scanning');
    const read = await qrReader();
    if (!video) return stop();
    video.srcObject = stream;
    await video.play().catch(() => undefined);
    const look = async () => {
      if (!stream || !video) return;
      const text = await read(video).catch(() => null);
      const offer = text === null ? null : offerFromText(text);
      if (offer) {
        stop();
        navigate(`${cardPath}#${encodeCardFragment(offer.card, offer.reply)}`);
        return;
      }
      if (text !== null) setState('notCard');
      timer = setTimeout(() => void look(), 250);
    };
    void look();
  };

  const scanning = () => state() === 'scanning' || state() === 'notCard';
  return (
    <div class="scanner">
      <Show
        when={scanning()}
        fallback={
          <button type="button" class="button" onClick={() => void start()}>
            {t('cards.scan')}
          </button>
        }
      >
        <p>{t('cards.scanning')}</p>
        <video ref={video} class="scanner-video" aria-label={t('cards.scanVideo')} muted playsinline />
        <button
          type="button"
          class="button button-quiet"
          onClick={() => {
            stop();
            setState('idle');
          }}
        >
          {t('cards.scanStop')}
        </button>
      </Show>
      <p role="status" class="scanner-status">
        {(() => {
          const key = problemText[state()];
          return key ? t(key) : '';
        })()}
      </p>
    </div>
  );
}
