import { useSearchParams } from '@solidjs/router';
import { createMemo, Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { WhenLoaded } from '../../layout/WhenLoaded';
import { state } from '../../sync/connection';
import { mapTargetOf } from './mapLink';
import { findPlace, placeName } from './mapPlaces';
import { PlaceList } from './PlaceList';
import { RoomPanel } from './RoomPanel';
import { VenueMap } from './VenueMap';

/** The venue's floor plan, the place a link asked for highlighted, and the same places as a list. */
export function MapPage() {
  const [params] = useSearchParams();
  const target = createMemo(() => mapTargetOf(params));
  const plan = () => state().floorPlan;
  const highlight = createMemo(() => findPlace(plan(), target()));
  const roomId = () => {
    const id = target()?.kind === 'room' ? target()?.id : undefined;
    return id !== undefined && Object.hasOwn(state().rooms, id) ? id : undefined;
  };
  // Said politely and shown as text: the highlight is never told by the drawing alone.
  const status = () => {
    const place = highlight();
    if (place) return t(place.kind === 'room' ? 'map.highlightedRoom' : 'map.highlighted', { place: placeName(place) });
    return target() ? t('map.notOnPlan') : '';
  };

  return (
    <section class="page map-page" aria-labelledby="map-title">
      <h1 id="map-title">{t('map.title')}</h1>
      <WhenLoaded>
        <p role="status" class="map-status" classList={{ 'is-empty': status() === '' }}>
          {status()}
        </p>
        <Show when={plan()} fallback={<p class="notice">{t('map.noPlan')}</p>}>
          {(found) => (
            <>
              {/* The hint under the plan: on a phone the plan comes first and fits the first screen. */}
              <VenueMap plan={found()} highlight={highlight()} image={state().planImage} />
              <p class="page-lead map-lead">{t('map.lead')}</p>
            </>
          )}
        </Show>
        <Show when={roomId()}>{(id) => <RoomPanel roomId={id()} />}</Show>
        <PlaceList />
      </WhenLoaded>
    </section>
  );
}
