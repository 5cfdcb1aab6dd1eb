import { For, Match, Show, Switch } from 'solid-js';
import type { FloorPlace, FloorPlanShape } from '../../../shared/standsImport';
import { layoutLabel, type LabelLayout } from './labelLayout';
import { labelCentre } from './labelSlots';
import { placeHref, placeName } from './mapPlaces';
import { measureEm } from './textMeasure';
import { boundsBox, markerAnchor } from './placeGeometry';
import type { Box } from './viewport';

type Shape<T extends FloorPlanShape['type']> = Extract<FloorPlanShape, { type: T }>;
const rectOf = (shape: FloorPlanShape): Shape<'rect'> | undefined => (shape.type === 'rect' ? shape : undefined);
const circleOf = (shape: FloorPlanShape): Shape<'circle'> | undefined => (shape.type === 'circle' ? shape : undefined);
const polygonOf = (shape: FloorPlanShape): Shape<'polygon'> | undefined => (shape.type === 'polygon' ? shape : undefined);

export function ShapeElement(props: { shape: FloorPlanShape; class: string }) {
  return (
    <Switch>
      <Match when={rectOf(props.shape)}>
        {(r) => <rect class={props.class} x={r().x} y={r().y} width={r().width} height={r().height} rx="4" />}
      </Match>
      <Match when={circleOf(props.shape)}>{(c) => <circle class={props.class} cx={c().cx} cy={c().cy} r={c().r} />}</Match>
      <Match when={polygonOf(props.shape)}>
        {(p) => <polygon class={props.class} points={p().points.map((point) => point.join(',')).join(' ')} />}
      </Match>
    </Switch>
  );
}

/**
 * One place as a link inside the SVG: a stand opens its page, a room its programme. The
 * `<g>` keeps the `<a>` in the SVG namespace when this component is compiled on its own.
 */
export function PlaceLink(props: { place: FloorPlace; highlighted: boolean }) {
  return (
    <g>
      <a
        // classList, not class: Solid would set `className`, which an SVG element does not let it.
        classList={{ place: true, [`place-${props.place.kind}`]: true, 'is-highlighted': props.highlighted }}
        href={placeHref(props.place)}
        aria-label={placeName(props.place)}
        aria-current={props.highlighted ? 'location' : undefined}
        data-place-id={props.place.id}
        tabindex="0"
      >
        <ShapeElement shape={props.place.shape} class="place-shape" />
      </a>
    </g>
  );
}

/** The visible label, drawn above every shape and ignored by pointers and screen readers alike. */
export function PlaceLabel(props: { place: FloorPlace; scale: number; highlighted: boolean; number?: number; stands?: readonly Box[] }) {
  const layout = () => layoutLabel(props.place, props.scale, measureEm, props.number, props.stands);
  const turn = (label: LabelLayout) => {
    const { x, y } = labelCentre(label);
    return label.rotated ? `rotate(-90 ${x} ${y})` : undefined;
  };
  return (
    <Show when={layout()}>
      {(label) => (
        <g
          classList={{ 'place-label': true, [`place-label-${props.place.kind}`]: true, 'is-highlighted': props.highlighted }}
          data-label-for={props.place.id}
          font-size={label().fontSize}
          stroke-width={label().fontSize * 0.25}
          transform={turn(label())}
        >
          <For each={label().lines}>
            {(line, i) => (
              <text x={label().x} y={label().firstY + i() * label().lineStep} text-anchor="middle" dominant-baseline="central">
                {line}
              </text>
            )}
          </For>
        </g>
      )}
    </Show>
  );
}

/** Height of the pin in CSS px, tip to top. */
const pinPx = 40;

/** A pin at the highlighted place, the same size on screen at every zoom: a shape, not only a colour. */
export function HighlightMarker(props: { place: FloorPlace; plan: Box; scale: number }) {
  const at = () => markerAnchor(boundsBox(props.place.shape), props.plan, pinPx / props.scale);
  const size = () => 1 / props.scale;
  return (
    <g class="place-marker" transform={`translate(${at().x} ${at().y}) scale(${size()} ${at().up ? -size() : size()})`}>
      <path d="M0 0C-4-9-14-15-14-26a14 14 0 1 1 28 0C14-15 4-9 0 0Z" />
      <circle cx="0" cy="-26" r="5.5" />
    </g>
  );
}
