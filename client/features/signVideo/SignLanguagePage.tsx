import { Show } from 'solid-js';
import { blobPath } from '../../../shared/media';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { apiPath } from '../../sync/eventAddress';
import { DgsPictogram } from './DgsPictogram';

/**
 * The organizer's DGS video, played from Ortstermin's own server. Never precached: it may be
 * hundreds of megabytes, and the phone asks for the parts it plays (byte ranges).
 */
export function SignLanguagePage() {
  return (
    <article class="page dgs-page" aria-labelledby="dgs-title">
      <h1 id="dgs-title" class="dgs-title">
        <DgsPictogram />
        <span>{t('dgs.title')}</span>
      </h1>
      <Show when={state().signVideo} fallback={<p class="notice">{t('dgs.noVideo')}</p>}>
        {(video) => (
          <>
            <p>{t('dgs.intro')}</p>
            <video class="dgs-video" controls preload="metadata" playsinline aria-labelledby="dgs-title">
              <source src={apiPath(blobPath(video().hash))} type={video().type} />
              {t('dgs.noPlayer')}
            </video>
            <p class="muted">{t('dgs.online')}</p>
          </>
        )}
      </Show>
    </article>
  );
}
