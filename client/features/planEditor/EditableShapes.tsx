import type { PlanBox } from '../../../shared/planGeometry';
import { boxOf } from '../../../shared/planGeometry';
import type { FloorPlace, FloorPlanShape } from '../../../shared/standsImport';
import { t } from '../../i18n/i18n';
import { ShapeElement } from '../map/PlaceShapes';
import { middleOf } from './planMoves';

/** What a place on the editor's plan is told: its shape now, its size on screen, and what the pointer and keys do to it. */
export interface GripEvents {
  onPointerDown: (event: PointerEvent) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onFocus: () => void;
  onBlur: () => void;
}

/** A stand to drag: its shape with a dot and its number in the middle, one focusable button. */
export function StandGrip(props: { place: FloorPlace; shape: FloorPlanShape; unit: number; selected: boolean; number?: number; grip: GripEvents }) {
  const middle = () => middleOf(props.shape);
  return (
    <g
      class="edit-stand"
      classList={{ 'is-selected': props.selected }}
      role="button"
      tabindex="0"
      aria-label={t('planEdit.moveStand', { name: props.place.label })}
      aria-pressed={props.selected ? 'true' : 'false'}
      aria-describedby="plan-editor-keys"
      data-edit-stand={props.place.refId}
      onPointerDown={(e) => props.grip.onPointerDown(e)}
      onKeyDown={(e) => props.grip.onKeyDown(e)}
      onFocus={() => props.grip.onFocus()}
      onBlur={() => props.grip.onBlur()}
    >
      <ShapeElement shape={props.shape} class="edit-stand-shape" />
      <circle class="edit-stand-dot" cx={middle().x} cy={middle().y} r={props.unit * 13} />
      <text class="edit-stand-number" x={middle().x} y={middle().y} font-size={String(props.unit * 13)} text-anchor="middle" dominant-baseline="central" aria-hidden="true">
        {props.number ?? ''}
      </text>
    </g>
  );
}

/** A square handle, the same size on screen at every plan size. */
function Handle(props: { at: { x: number; y: number }; size: number; label: string; kind: 'move' | 'resize'; refId: string; grip: GripEvents }) {
  return (
    <rect
      class={`edit-handle edit-handle-${props.kind}`}
      x={props.at.x}
      y={props.at.y}
      width={props.size}
      height={props.size}
      role="button"
      tabindex="0"
      aria-label={props.label}
      aria-describedby="plan-editor-keys"
      data-edit-handle={`${props.kind}:${props.refId}`}
      onPointerDown={(e) => props.grip.onPointerDown(e)}
      onKeyDown={(e) => props.grip.onKeyDown(e)}
      onFocus={() => props.grip.onFocus()}
      onBlur={() => props.grip.onBlur()}
    />
  );
}

/** A handle's side: 24 CSS pixels (the smallest target WCAG 2.2 asks for), less on a room too small for two. */
const handleSize = (box: PlanBox, unit: number) => Math.min(unit * 24, box.width / 2, box.height / 2);

/** A room as drawn, its name inside it; a small room's name is cut rather than written over its neighbour. */
export function RoomArea(props: { place: FloorPlace; shape: FloorPlanShape; unit: number; selected: boolean }) {
  const box = (): PlanBox => boxOf(props.shape);
  const clip = () => `edit-clip-${props.place.id}`;
  return (
    <g class="edit-room" classList={{ 'is-selected': props.selected }} data-edit-room={props.place.refId}>
      <ShapeElement shape={props.shape} class="edit-room-shape" />
      <clipPath id={clip()}>
        <rect x={box().x} y={box().y} width={box().width} height={box().height} />
      </clipPath>
      <text
        class="edit-room-label"
        x={box().x + handleSize(box(), props.unit) + props.unit * 6}
        y={box().y + handleSize(box(), props.unit) / 2}
        font-size={String(props.unit * 13)}
        dominant-baseline="central"
        clip-path={`url(#${clip()})`}
        aria-hidden="true"
      >
        {props.place.label}
      </text>
    </g>
  );
}

/** A room's handles, drawn over the stands: move at its top left, resize at its bottom right. */
export function RoomHandles(props: { place: FloorPlace; shape: FloorPlanShape; unit: number; move: GripEvents; resize: GripEvents }) {
  const box = (): PlanBox => boxOf(props.shape);
  const size = () => handleSize(box(), props.unit);
  return (
    <g class="edit-room-handles">
      <Handle at={box()} size={size()} label={t('planEdit.moveRoom', { name: props.place.label })} kind="move" refId={props.place.refId} grip={props.move} />
      <Handle
        at={{ x: box().x + box().width - size(), y: box().y + box().height - size() }}
        size={size()}
        label={t('planEdit.resizeRoom', { name: props.place.label })}
        kind="resize"
        refId={props.place.refId}
        grip={props.resize}
      />
    </g>
  );
}
