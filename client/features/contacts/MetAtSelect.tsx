import { For } from 'solid-js';
import { sortSessions } from '../../../shared/sessions';
import { standsByName } from '../../../shared/standOrder';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import type { MetAt } from './contactList';

const valueOf = (metAt: MetAt | null) => (metAt ? `${metAt.kind}:${metAt.id}` : '');

function Choice(props: { value: string; current: MetAt | null; label: string }) {
  return (
    <option value={props.value} selected={valueOf(props.current) === props.value}>
      {props.label}
    </option>
  );
}

/** Where two people met, chosen from the event's stands and sessions; the name is kept with it. */
export function MetAtSelect(props: { value: MetAt | null; onChange: (metAt: MetAt | null) => void }) {
  const stands = () => standsByName(Object.values(state().stands));
  const sessions = () => sortSessions(Object.values(state().sessions));
  const choose = (value: string) => {
    const [kind, ...rest] = value.split(':');
    const id = rest.join(':');
    const stand = kind === 'stand' ? state().stands[id] : undefined;
    const session = kind === 'session' ? state().sessions[id] : undefined;
    if (stand) props.onChange({ kind: 'stand', id, label: stand.name });
    else if (session) props.onChange({ kind: 'session', id, label: session.title });
    else props.onChange(null);
  };
  return (
    <label class="field">
      <span class="field-label">{t('cards.metAt')}</span>
      <select onChange={(event) => choose(event.currentTarget.value)}>
        <option value="" selected={props.value === null}>
          {t('cards.metAtNone')}
        </option>
        {/* Kept even when the programme no longer has it: the contact still says where. */}
        {props.value && !Object.hasOwn(props.value.kind === 'stand' ? state().stands : state().sessions, props.value.id) && (
          <option value={valueOf(props.value)} selected>
            {props.value.label}
          </option>
        )}
        <optgroup label={t('cards.metAtStands')}>
          <For each={stands()}>{(stand) => <Choice value={`stand:${stand.id}`} current={props.value} label={stand.name} />}</For>
        </optgroup>
        <optgroup label={t('cards.metAtSessions')}>
          <For each={sessions()}>{(session) => <Choice value={`session:${session.id}`} current={props.value} label={session.title} />}</For>
        </optgroup>
      </select>
    </label>
  );
}
