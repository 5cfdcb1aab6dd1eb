import { createMemo, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import type { PlanImage } from '../../../shared/media';
import type { PlanBox } from '../../../shared/planGeometry';
import type { FloorPlace, FloorPlan, FloorPlanShape } from '../../../shared/standsImport';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { standNumbers } from '../map/mapPlaces';
import { PlanImageLayer } from '../map/PlanImageLayer';
import { RoomArea, RoomHandles, StandGrip, type GripEvents } from './EditableShapes';
import { arrowStep, startDrag } from './planDrag';
import { keyOf, type PlaceKey, type PlanDrafts } from './planDrafts';
import { roomMovedBy, roomResizedBy, standMovedBy } from './planMoves';

type Mover = (shape: FloorPlanShape, plan: PlanBox, dx: number, dy: number) => FloorPlanShape;

/** Keyboard moves are sent once the keys rest this long: one command per move, not per key press. */
const keyRestMs = 500;

export interface CanvasProps {
  plan: FloorPlan;
  image: PlanImage | null;
  drafts: PlanDrafts;
  selected: PlaceKey | null;
  onSelect: (key: PlaceKey) => void;
  send: (place: FloorPlace) => void;
}

/** The plan with the image under it: rooms with handles, stands to drag, every one reachable by Tab. */
export function PlanCanvas(props: CanvasProps) {
  let svg: SVGSVGElement | undefined;
  const [pixels, setPixels] = createSignal(1);
  // One CSS pixel in plan units, so handles and dots keep their size on a phone and a laptop.
  const unit = () => props.plan.viewBox.width / pixels();
  const numbers = createMemo(() => standNumbers(props.plan, state().stands));
  // By id, not by object: a place's new shape arriving live keeps its element, and the keyboard focus on it.
  const placeById = createMemo(() => new Map(props.plan.places.map((place) => [place.id, place])));
  const idsOf = (kind: FloorPlace['kind']) => props.plan.places.filter((place) => place.kind === kind).map((place) => place.id);
  const resting = new Map<string, { timer: ReturnType<typeof setTimeout>; place: () => FloorPlace }>();

  onMount(() => {
    const element = svg;
    if (!element) return;
    const observer = new ResizeObserver(() => setPixels(element.clientWidth || 1));
    observer.observe(element);
    // `touch-action` on the SVG shapes alone did not keep Chromium from scrolling under a finger
    // on a stand (the drag was cancelled): the touch is held here, elsewhere on the plan it scrolls.
    const holdTouch = (event: TouchEvent) => {
      if (event.target instanceof Element && event.target.closest('.edit-stand, .edit-handle')) event.preventDefault();
    };
    element.addEventListener('touchstart', holdTouch, { passive: false });
    onCleanup(() => {
      observer.disconnect();
      element.removeEventListener('touchstart', holdTouch);
    });
  });
  // Leaving the page with a key move not yet sent sends it: the organizer saw it move.
  onCleanup(() => resting.forEach(({ place }) => flush(place)));

  const flush = (place: () => FloorPlace) => {
    const pending = resting.get(keyOf(place()));
    if (pending === undefined) return;
    clearTimeout(pending.timer);
    resting.delete(keyOf(place()));
    props.send(place());
  };

  function grip(place: () => FloorPlace, mover: Mover): GripEvents {
    const select = () => props.onSelect({ kind: place().kind, refId: place().refId });
    return {
      onPointerDown(event) {
        if (!svg) return;
        select();
        const start = props.drafts.shapeOf(place());
        startDrag(event, svg, {
          move: (dx, dy) => props.drafts.set(place(), mover(start, props.plan.viewBox, dx, dy)),
          end: (moved) => moved && props.send(place()),
        });
      },
      onKeyDown(event) {
        const step = arrowStep(event.key, event.shiftKey, props.plan.viewBox);
        if (!step || event.altKey || event.ctrlKey || event.metaKey) return;
        event.preventDefault();
        props.drafts.set(place(), mover(props.drafts.shapeOf(place()), props.plan.viewBox, step.dx, step.dy));
        const key = keyOf(place());
        clearTimeout(resting.get(key)?.timer);
        resting.set(key, { timer: setTimeout(() => flush(place), keyRestMs), place });
      },
      onFocus: select,
      onBlur: () => flush(place),
    };
  }

  const isSelected = (place: FloorPlace) => props.selected !== null && keyOf(props.selected) === keyOf(place);
  const box = () => props.plan.viewBox;
  return (
    <svg
      ref={svg}
      class="plan-editor-svg"
      classList={{ 'has-plan-image': props.image !== null }}
      viewBox={`${box().x} ${box().y} ${box().width} ${box().height}`}
      preserveAspectRatio="xMidYMid meet"
      style={{ 'aspect-ratio': `${box().width} / ${box().height}` }}
      role="group"
      aria-label={t('planEdit.plan')}
      aria-describedby="plan-editor-keys"
    >
      <PlanImageLayer image={props.image} plan={props.plan} turned={false} />
      <Show when={props.plan.outline}>
        {(outline) => <polygon class="plan-outline" aria-hidden="true" points={outline().map((p) => p.join(',')).join(' ')} />}
      </Show>
      <For each={idsOf('room')}>
        {(id) => (
          <Show when={placeById().get(id)}>
            {(place) => <RoomArea place={place()} shape={props.drafts.shapeOf(place())} unit={unit()} selected={isSelected(place())} />}
          </Show>
        )}
      </For>
      <For each={idsOf('stand')}>
        {(id) => (
          <Show when={placeById().get(id)}>
            {(place) => (
              <StandGrip
                place={place()}
                shape={props.drafts.shapeOf(place())}
                unit={unit()}
                selected={isSelected(place())}
                number={numbers().get(place().refId)}
                grip={grip(place, standMovedBy)}
              />
            )}
          </Show>
        )}
      </For>
      <For each={idsOf('room')}>
        {(id) => (
          <Show when={placeById().get(id)}>
            {(place) => (
              <RoomHandles
                place={place()}
                shape={props.drafts.shapeOf(place())}
                unit={unit()}
                move={grip(place, roomMovedBy)}
                resize={grip(place, roomResizedBy)}
              />
            )}
          </Show>
        )}
      </For>
    </svg>
  );
}
