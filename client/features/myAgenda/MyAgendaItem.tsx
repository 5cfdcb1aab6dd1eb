import { For, Show } from 'solid-js';
import type { Session } from '../../../shared/model';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { SessionCard } from '../agenda/SessionCard';
import type { SeenChange } from './myAgendaLogic';
import { changeLines, rangeOf } from './myAgendaView';

function FreshNote(props: { change: SeenChange; onAcknowledge: () => void }) {
  return (
    <div class="fresh-note">
      <p class="badge badge-changed">{t('myAgenda.changedMark')}</p>
      <ul class="fresh-lines">
        <For each={changeLines(props.change, state())}>{(line) => <li>{line}</li>}</For>
      </ul>
      <button
        type="button"
        class="button button-quiet"
        aria-label={t('myAgenda.acknowledgeLabel', { title: props.change.session.title })}
        onClick={() => props.onAcknowledge()}
      >
        {t('myAgenda.acknowledge')}
      </button>
    </div>
  );
}

/** Said in words, not only by colour: which other bookmarked sessions run at the same time. */
function ClashNote(props: { others: readonly Session[] }) {
  const titles = () => props.others.map((other) => t('myAgenda.clashItem', { title: other.title, time: rangeOf(other, state()) })).join(', ');
  return (
    <p class="clash-note">
      <strong class="clash-mark">
        <span aria-hidden="true">⚠ </span>
        {t('myAgenda.clashMark')}
      </strong>{' '}
      {t('myAgenda.clashWith', { titles: titles() })}
    </p>
  );
}

export function MyAgendaItem(props: {
  session: Session;
  clashes: readonly Session[] | undefined;
  change?: SeenChange;
  onAcknowledge?: () => void;
}) {
  return (
    <li
      class="my-item"
      classList={{ 'is-fresh': props.change !== undefined, 'has-clash': (props.clashes?.length ?? 0) > 0 }}
      data-my-session-id={props.session.id}
    >
      <Show when={props.change}>
        {(change) => <FreshNote change={change()} onAcknowledge={() => props.onAcknowledge?.()} />}
      </Show>
      <SessionCard session={props.session} />
      <Show when={props.clashes}>{(others) => <ClashNote others={others()} />}</Show>
    </li>
  );
}

export function RemovedItem(props: { title: string; onAcknowledge: () => void }) {
  return (
    <li class="my-item is-fresh">
      <div class="fresh-note">
        <p>{t('myAgenda.removed', { title: props.title })}</p>
        <button
          type="button"
          class="button button-quiet"
          aria-label={t('myAgenda.acknowledgeLabel', { title: props.title })}
          onClick={() => props.onAcknowledge()}
        >
          {t('myAgenda.acknowledge')}
        </button>
      </div>
    </li>
  );
}
