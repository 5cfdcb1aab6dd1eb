import { A } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import type { Stand } from '../../../shared/model';
import { t } from '../../i18n/i18n';
import { loaded, state } from '../../sync/connection';
import { StandStatusBadge } from './StandStatusBadge';
import { sortedStands, standMeta } from './standView';

function StandCard(props: { stand: Stand }) {
  return (
    <li class="card stand-card" data-stand-id={props.stand.id}>
      <h2 class="stand-name">
        <A href={`/stand/${encodeURIComponent(props.stand.id)}`}>{props.stand.name}</A>
      </h2>
      <Show when={standMeta(props.stand)}>{(meta) => <p class="stand-meta">{meta()}</p>}</Show>
      <StandStatusBadge status={state().standStatus[props.stand.id]} />
    </li>
  );
}

export function StandsPage() {
  const stands = createMemo(() => sortedStands(state()));
  return (
    <section class="page" aria-labelledby="stands-title">
      <h1 id="stands-title">{t('stands.title')}</h1>
      <p class="page-lead">{t('stands.lead')}</p>
      <Show when={loaded()} fallback={<p class="muted">{t('app.loading')}</p>}>
        <Show when={stands().length > 0} fallback={<p class="muted">{t('stands.empty')}</p>}>
          <ul class="plain-list stand-list">
            <For each={stands()}>{(stand) => <StandCard stand={stand} />}</For>
          </ul>
        </Show>
      </Show>
    </section>
  );
}
