import { A } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import { nowAndNext } from '../../../shared/agenda';
import type { Session } from '../../../shared/model';
import type { MessageKey } from '../../i18n/i18n';
import { t } from '../../i18n/i18n';
import { loaded, state } from '../../sync/connection';
import { createServerClock } from './serverClock';
import { SessionCard } from './SessionCard';

function SessionList(props: { id: string; title: MessageKey; sessions: Session[]; empty: string }) {
  return (
    <section class="now-section" aria-labelledby={props.id}>
      <h2 id={props.id}>{t(props.title)}</h2>
      <Show when={props.sessions.length > 0} fallback={<p class="muted">{props.empty}</p>}>
        <For each={props.sessions}>{(session) => <SessionCard session={session} />}</For>
      </Show>
    </section>
  );
}

export function NowNextPage() {
  const now = createServerClock();
  const current = createMemo(() => nowAndNext(state(), now()));
  const over = () => {
    const event = state().event;
    return event !== null && now() >= Date.parse(event.endsAt) && current().next.length === 0;
  };

  return (
    <section class="page" aria-labelledby="now-title">
      <h1 id="now-title" class="visually-hidden">{t('now.title')}</h1>
      <Show when={loaded()} fallback={<p class="muted">{t('app.loading')}</p>}>
        <Show when={!over()} fallback={<p class="notice">{t('now.over')}</p>}>
          <SessionList id="now-now" title="now.now" sessions={current().now} empty={t('now.nothingNow')} />
          <SessionList id="now-next" title="now.next" sessions={current().next} empty={t('now.nothingNext')} />
        </Show>
        <p>
          <A class="button-link" href="/agenda">{t('now.fullAgenda')}</A>
        </p>
      </Show>
    </section>
  );
}
