import { createEffect, createMemo, createSignal, For, on, onCleanup, onMount, Show, untrack } from 'solid-js';
import type { PlanImage } from '../../../shared/media';
import type { FloorPlace, FloorPlan } from '../../../shared/standsImport';
import { t } from '../../i18n/i18n';
import { createGlide } from './glide';
import { attachMapGestures } from './mapGestures';
import { drawOrder, standNumbers } from './mapPlaces';
import { state } from '../../sync/connection';
import { HighlightMarker, PlaceLabel, PlaceLink } from './PlaceShapes';
import { PlanImageLayer } from './PlanImageLayer';
import { standsByRoom } from './labelSlots';
import { keyAction, type MapKeyAction } from './mapKeys';
import { boundsBox } from './placeGeometry';
import { shouldTurn, turnPlan } from './planTurn';
import { fitBox, panBy, revealBox, screenScale, zoomAbout, type Box, type Size } from './viewport';

function ZoomControls(props: { onAction: (action: MapKeyAction) => void }) {
  return (
    <div class="map-controls" role="group" aria-label={t('map.controls')}>
      <button type="button" class="map-button" onClick={() => props.onAction({ zoom: 1.5 })}>
        <span aria-hidden="true">+</span>
        <span class="visually-hidden">{t('map.zoomIn')}</span>
      </button>
      <button type="button" class="map-button" onClick={() => props.onAction({ zoom: 1 / 1.5 })}>
        <span aria-hidden="true">−</span>
        <span class="visually-hidden">{t('map.zoomOut')}</span>
      </button>
      <button type="button" class="map-button map-button-text" onClick={() => props.onAction('reset')}>
        {t('map.reset')}
      </button>
    </div>
  );
}

/** A phone held upright; followed live, so turning the phone turns the plan back. */
function createPortraitPhone(): () => boolean {
  const query = window.matchMedia('(orientation: portrait) and (max-width: 40rem)');
  const [matches, setMatches] = createSignal(query.matches);
  const update = () => setMatches(query.matches);
  query.addEventListener('change', update);
  onCleanup(() => query.removeEventListener('change', update));
  return matches;
}

/** The floor plan: places as links, zoomed and panned by changing the viewBox only. */
export function VenueMap(props: { plan: FloorPlan; highlight: FloorPlace | undefined; image: PlanImage | null }) {
  const portrait = createPortraitPhone();
  const shown = createMemo(() => (shouldTurn(props.plan, portrait()) ? turnPlan(props.plan) : props.plan));
  // The same place in the plan as drawn (turned or not).
  const highlight = createMemo(() => shown().places.find((place) => place.id === props.highlight?.id));
  const plan = () => shown().viewBox;
  // Starts at the whole plan; the framing effect below moves it from there.
  const [view, setView] = createSignal<Box>(untrack(() => ({ ...plan() })));
  const [size, setSize] = createSignal<Size>(untrack(() => ({ width: plan().width, height: plan().height })));
  const scale = createMemo(() => screenScale(view(), size()).scale);
  const places = createMemo(() => drawOrder(shown()));
  const numbers = createMemo(() => standNumbers(shown(), state().stands));
  const standsIn = createMemo(() => standsByRoom(shown()));
  const glide = createGlide(view, setView);
  let svg: SVGSVGElement | undefined;

  onMount(() => {
    if (!svg) return;
    const element = svg;
    const detach = attachMapGestures(element, { view, plan, setView, interrupt: glide.stop });
    const observer = new ResizeObserver(() => setSize({ width: element.clientWidth || 1, height: element.clientHeight || 1 }));
    observer.observe(element);
    onCleanup(() => {
      detach();
      observer.disconnect();
    });
  });

  // Keyed on values, not objects: a fresh snapshot of the same plan must not undo the person's zoom.
  const framing = () => `${plan().x} ${plan().y} ${plan().width} ${plan().height}|${highlight()?.id ?? ''}`;
  createEffect(
    on(framing, () =>
      untrack(() => {
        const place = highlight();
        glide.to(place ? fitBox(boundsBox(place.shape), plan()) : { ...plan() });
      }),
    ),
  );

  const apply = (action: MapKeyAction) => {
    const from = glide.target();
    if (action === 'reset') glide.to({ ...plan() });
    else if ('zoom' in action) glide.to(zoomAbout(from, plan(), action.zoom));
    else glide.to(panBy(from, plan(), action.pan.x * from.width, action.pan.y * from.height));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const action = keyAction(event.key);
    if (!action) return;
    event.preventDefault();
    apply(action);
  };

  // A place reached with Tab slides into view; a tapped one stays put so the tap lands.
  const onFocusIn = (event: FocusEvent) => {
    const element = event.target;
    if (!(element instanceof Element) || !element.matches(':focus-visible')) return;
    const place = shown().places.find((p) => p.id === element.getAttribute('data-place-id'));
    if (place) glide.to(revealBox(glide.target(), plan(), boundsBox(place.shape)));
  };

  const viewBox = () => `${view().x} ${view().y} ${view().width} ${view().height}`;
  return (
    <div class="venue-map">
      <ZoomControls onAction={apply} />
      <svg
        ref={svg}
        viewBox={viewBox()}
        preserveAspectRatio="xMidYMid meet"
        classList={{ 'venue-map-svg': true, 'is-turned': shown() !== props.plan, 'has-plan-image': props.image !== null }}
        style={{ 'aspect-ratio': `${plan().width} / ${plan().height}` }}
        role="group"
        aria-label={shown().title}
        aria-describedby="venue-map-keys"
        tabindex="0"
        onKeyDown={onKeyDown}
        onFocusIn={onFocusIn}
      >
        <PlanImageLayer image={props.image} plan={props.plan} turned={shown() !== props.plan} />
        <Show when={shown().outline}>
          {(outline) => <polygon class="plan-outline" aria-hidden="true" points={outline().map((p) => p.join(',')).join(' ')} />}
        </Show>
        <g>
          <For each={places()}>{(place) => <PlaceLink place={place} highlighted={place.id === highlight()?.id} />}</For>
        </g>
        <g class="place-labels" aria-hidden="true">
          {/* The pin under the labels: a neighbour's name stays readable on its halo. */}
          <Show when={highlight()}>{(place) => <HighlightMarker place={place()} plan={plan()} scale={scale()} />}</Show>
          <For each={places()}>
            {(place) => (
              <PlaceLabel
                place={place}
                scale={scale()}
                highlighted={place.id === highlight()?.id}
                number={place.kind === 'stand' ? numbers().get(place.refId) : undefined}
                stands={standsIn().get(place.id)}
              />
            )}
          </For>
        </g>
      </svg>
      <p id="venue-map-keys" class="map-keys muted">
        {t('map.keysHint')}
      </p>
    </div>
  );
}
