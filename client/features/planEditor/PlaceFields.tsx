import { createMemo, For, Show } from 'solid-js';
import { boxOf, fitShape, type PlanBox } from '../../../shared/planGeometry';
import type { FloorPlace, FloorPlan } from '../../../shared/standsImport';
import { t, type MessageKey } from '../../i18n/i18n';
import type { PlanCommands } from './planCommands';
import { keyOf, type PlaceKey, type PlanDrafts } from './planDrafts';
import { middleOf, standAt } from './planMoves';

const nameOf = (place: FloorPlace) => t(place.kind === 'stand' ? 'planEdit.stand' : 'planEdit.room', { name: place.label });

function NumberField(props: { name: string; label: MessageKey; value: number; min: number; max: number }) {
  return (
    <label class="field plan-field">
      <span class="field-label">{t(props.label)}</span>
      <input type="number" name={props.name} step="any" required min={props.min} max={props.max} value={props.value} />
    </label>
  );
}

/** Exact numbers for the chosen place: a stand's middle, a room's corner and size. */
export function PlaceFields(props: { plan: FloorPlan; drafts: PlanDrafts; selected: PlaceKey | null; onSelect: (key: PlaceKey | null) => void; commands: PlanCommands }) {
  const places = createMemo(() => [...props.plan.places].sort((a, b) => (a.kind === b.kind ? a.label.localeCompare(b.label, 'de') : a.kind === 'stand' ? -1 : 1)));
  const isChosen = (place: FloorPlace) => props.selected !== null && keyOf(place) === keyOf(props.selected);
  const chosen = () => props.plan.places.find(isChosen);
  const plan = (): PlanBox => props.plan.viewBox;

  function submit(event: SubmitEvent, place: FloorPlace): void {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const number = (name: string) => Number(form.get(name));
    const shape = place.kind === 'stand'
      ? standAt(place.shape, plan(), number('x'), number('y'))
      : fitShape(place.shape, { x: number('x'), y: number('y'), width: number('width'), height: number('height') });
    void props.commands.sendShape(place, place.label, shape);
  }

  return (
    <div class="plan-fields">
      <label class="field">
        <span class="field-label">{t('planEdit.pick')}</span>
        {/* `selected` on the options: a select's value set before its options exist would not hold. */}
        <select onChange={(e) => props.onSelect(places().find((p) => keyOf(p) === e.currentTarget.value) ?? null)}>
          <option value="" selected={!props.selected}>{t('planEdit.pickNone')}</option>
          <For each={places()}>{(place) => <option value={keyOf(place)} selected={isChosen(place)}>{nameOf(place)}</option>}</For>
        </select>
      </label>
      <p class="field-hint">{t('planEdit.bounds', { x1: plan().x, x2: plan().x + plan().width, y1: plan().y, y2: plan().y + plan().height })}</p>
      <Show when={chosen()}>
        {(place) => {
          const shape = () => props.drafts.shapeOf(place());
          const box = () => boxOf(shape());
          return (
            <form class="plan-fields-form" data-form="plan-place" onSubmit={(e) => submit(e, place())} aria-label={nameOf(place())}>
              <Show
                when={place().kind === 'room'}
                fallback={
                  <div class="plan-field-row">
                    <NumberField name="x" label="planEdit.middleX" value={middleOf(shape()).x} min={plan().x} max={plan().x + plan().width} />
                    <NumberField name="y" label="planEdit.middleY" value={middleOf(shape()).y} min={plan().y} max={plan().y + plan().height} />
                  </div>
                }
              >
                <div class="plan-field-row">
                  <NumberField name="x" label="planEdit.x" value={box().x} min={plan().x} max={plan().x + plan().width} />
                  <NumberField name="y" label="planEdit.y" value={box().y} min={plan().y} max={plan().y + plan().height} />
                  <NumberField name="width" label="planEdit.width" value={box().width} min={0.1} max={plan().width} />
                  <NumberField name="height" label="planEdit.height" value={box().height} min={0.1} max={plan().height} />
                </div>
              </Show>
              <button type="submit" class="button">{t('planEdit.apply')}</button>
            </form>
          );
        }}
      </Show>
    </div>
  );
}
