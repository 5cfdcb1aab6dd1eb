import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { mapHref, type MapTarget } from './mapLink';

/** "Auf der Karte zeigen", only where the floor plan has the place: a link to nowhere helps no one. */
export function ShowOnMapLink(props: { target: MapTarget }) {
  const onPlan = () =>
    state().floorPlan?.places.some((place) => place.kind === props.target.kind && place.refId === props.target.id) ?? false;
  return (
    <Show when={onPlan()}>
      <A class="map-link" href={mapHref(props.target)}>
        {t('map.showOnMap')}
      </A>
    </Show>
  );
}
