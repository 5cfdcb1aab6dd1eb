import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { mapHref } from './mapLink';
import { standNumberOf } from './mapPlaces';

/**
 * "Stand 7", the number the map shows on the stand, as a link to it on the map: so "Stand 7" in a
 * talk or on a sign is found in the hall, as with a fair's booth numbers. Nothing for a stand the
 * plan does not draw.
 */
export function StandNumber(props: { standId: string; asText?: boolean }) {
  const number = () => standNumberOf(state().floorPlan, props.standId, state().stands);
  const text = (n: number) => t('map.standNumber', { number: n });
  return (
    <Show when={number()}>
      {(n) => (
        <p class="stand-number-row">
          {/* Beside "Auf der Karte zeigen" on the stand's page the number is text: one link to the map is enough. */}
          <Show
            when={!props.asText}
            fallback={
              <span class="stand-number-link" data-stand-number={n()}>
                {text(n())}
              </span>
            }
          >
            <A
              class="stand-number-link"
              href={mapHref({ kind: 'stand', id: props.standId })}
              aria-label={t('map.standNumberLink', { number: n() })}
              data-stand-number={n()}
            >
              {text(n())}
            </A>
          </Show>
        </p>
      )}
    </Show>
  );
}
