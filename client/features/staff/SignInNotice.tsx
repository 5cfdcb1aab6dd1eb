import { A } from '@solidjs/router';
import { t, type MessageKey } from '../../i18n/i18n';

/** What a staff page shows a device that has not signed in with the right code. */
export function SignInNotice(props: { message?: MessageKey }) {
  return (
    <div class="notice">
      <p>{t(props.message ?? 'moderation.needLogin')}</p>
      <A class="button-link" href="/staff">
        {t('moderation.toLogin')}
      </A>
    </div>
  );
}
