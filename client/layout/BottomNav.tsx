import { A } from '@solidjs/router';
import { Show, type JSX } from 'solid-js';
import type { MessageKey } from '../i18n/i18n';
import { t } from '../i18n/i18n';
import { isModerator, staffRole } from '../sync/staffToken';

function NavIcon(props: { d: string }) {
  return (
    <svg class="nav-icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d={props.d} />
    </svg>
  );
}

const icons = {
  now: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 4v5l3.5 2',
  agenda: 'M4 6h16M4 12h16M4 18h10',
  infos: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 8v6m0-9.5v.5',
  stands: 'M4 10h16M5 10l1.5-5h11L19 10M6 10v9h12v-9M10 19v-5h4v5',
  map: 'M9 4 3 6.5v13.5l6-2.5 6 2.5 6-2.5V4l-6 2.5L9 4Zm0 0v13.5m6-11v13.5',
  moderation: 'M12 3 4 6v6c0 4.5 3.4 8.3 8 9 4.6-.7 8-4.5 8-9V6l-8-3Zm-3 9 2 2 4-4',
} as const;

function NavLink(props: { href: string; label: MessageKey; icon: string; end?: boolean }): JSX.Element {
  return (
    <A href={props.href} end={props.end} class="nav-link">
      <NavIcon d={props.icon} />
      <span>{t(props.label)}</span>
    </A>
  );
}

export function BottomNav() {
  return (
    <nav class="bottom-nav" aria-label={t('nav.label')}>
      <NavLink href="/" end label="nav.now" icon={icons.now} />
      <NavLink href="/agenda" label="nav.agenda" icon={icons.agenda} />
      <NavLink href="/stands" label="nav.stands" icon={icons.stands} />
      <NavLink href="/map" label="nav.map" icon={icons.map} />
      <NavLink href="/infos" label="nav.infos" icon={icons.infos} />
      <Show when={isModerator()}>
        <NavLink href="/moderation" label="nav.moderation" icon={icons.moderation} />
      </Show>
      <Show when={staffRole() === 'host'}>
        <NavLink href="/host" label="nav.host" icon={icons.moderation} />
      </Show>
    </nav>
  );
}
