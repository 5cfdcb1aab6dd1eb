import { useNavigate } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import type { Role } from '../../../shared/roles';
import { errorMessage, t } from '../../i18n/i18n';
import { staffRole } from '../../sync/staffToken';
import { redeemCode } from './accessApi';
import { signIn, signOut } from './staffSession';

/** Where each role starts its work after signing in. */
const homeOf: Record<Role, string> = { attendee: '/', host: '/host', moderator: '/moderation', organizer: '/organizer' };

/** The code from a staff link's fragment (`/staff#code=…`); fragments never reach a server log. */
function codeFromFragment(): string | null {
  const code = new URLSearchParams(window.location.hash.slice(1)).get('code');
  return code && code.trim() !== '' ? code.trim() : null;
}

export function StaffLoginPage() {
  const navigate = useNavigate();
  const [code, setCode] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  async function redeem(value: string): Promise<void> {
    setBusy(true);
    setError(null);
    const outcome = await redeemCode(value);
    setBusy(false);
    if (!outcome.ok) {
      setError(outcome.code === 'unauthenticated' ? t('login.invalid') : errorMessage(outcome.code));
      return;
    }
    signIn(outcome.value);
    navigate(homeOf[outcome.value.role], { replace: true });
  }

  onMount(() => {
    const fromLink = codeFromFragment();
    if (!fromLink) return;
    // The code leaves the address bar (and history) before anything else can read it.
    history.replaceState(history.state, '', window.location.pathname);
    setCode(fromLink);
    void redeem(fromLink);
  });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (code().trim() !== '' && !busy()) void redeem(code().trim());
  };

  return (
    <section class="page" aria-labelledby="login-title">
      <h1 id="login-title">{t('login.title')}</h1>
      <Show when={staffRole() !== 'attendee'}>
        <div class="notice">
          <p>{t('login.signedIn', { role: t(`role.${staffRole()}`) })}</p>
          <button type="button" class="button button-quiet" onClick={signOut}>
            {t('login.signOut')}
          </button>
        </div>
      </Show>
      <p>{t('login.hint')}</p>
      <form onSubmit={submit}>
        <label class="field">
          <span class="field-label">{t('login.code')}</span>
          <input
            type="password"
            autocomplete="off"
            required
            minLength={16}
            maxLength={128}
            value={code()}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button" disabled={busy()}>
          {t('login.submit')}
        </button>
        <p class="form-message" role="status">
          {busy() ? t('login.working') : ''}
        </p>
        <Show when={error()}>{(message) => <p class="form-error" role="alert">{message()}</p>}</Show>
      </form>
    </section>
  );
}
