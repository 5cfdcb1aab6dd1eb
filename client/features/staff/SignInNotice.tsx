import { A } from '@solidjs/router';
import { t } from '../../i18n/i18n';

/** What a staff page shows a device that has not signed in with the right code. */
export function SignInNotice() {
  return (
    <div class="notice">
      <p>{t('moderation.needLogin')}</p>
      <A class="button-link" href="/staff">
        {t('moderation.toLogin')}
      </A>
    </div>
  );
}
