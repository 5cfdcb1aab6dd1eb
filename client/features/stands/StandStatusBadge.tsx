import { Show } from 'solid-js';
import type { StandStatus } from '../../../shared/questions';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { momentOf } from '../agenda/sessionView';

/** The host's live status: a coloured badge (with text, never colour alone) and their note. */
export function StandStatusBadge(props: { status: StandStatus | undefined; withTime?: boolean }) {
  return (
    <Show when={props.status}>
      {(status) => (
        <div class="stand-status" data-availability={status().availability}>
          <p class={`availability availability-${status().availability}`}>
            <span class="availability-dot" aria-hidden="true" />
            {t(`stands.availability.${status().availability}`)}
          </p>
          <Show when={status().text.trim() !== ''}>
            <p class="stand-status-text">{status().text}</p>
          </Show>
          <Show when={props.withTime}>
            <p class="field-hint">{t('stands.statusAt', { time: momentOf(status().at, state()) })}</p>
          </Show>
        </div>
      )}
    </Show>
  );
}
