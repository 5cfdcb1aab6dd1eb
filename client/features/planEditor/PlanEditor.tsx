import { createMemo, createSignal, Show } from 'solid-js';
import { newPlanFrame } from '../../../shared/planGeometry';
import type { FloorPlan } from '../../../shared/standsImport';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { PlaceFields } from './PlaceFields';
import { PlanCanvas } from './PlanCanvas';
import { createPlanCommands } from './planCommands';
import { createPlanDrafts, type PlaceKey } from './planDrafts';
import { UnplacedList } from './UnplacedList';

/**
 * The organizer's floor plan on screen: stands dragged (mouse, finger) or moved with the arrow
 * keys, rooms moved and resized by their handles, exact numbers in fields. Every command goes
 * through the shared reducer to every phone's map.
 */
export function PlanEditor() {
  const status = createCommandStatus();
  const drafts = createPlanDrafts();
  const commands = createPlanCommands(drafts, status);
  const [selected, setSelected] = createSignal<PlaceKey | null>(null);
  // Without a plan yet, the frame the first placed stand or room begins (the same the server uses).
  const plan = createMemo((): FloorPlan => state().floorPlan ?? { ...newPlanFrame(state().event?.venue), places: [] });

  return (
    <section class="plan-editor" aria-labelledby="plan-editor-title" data-section="plan-editor">
      <h2 id="plan-editor-title">{t('planEdit.title')}</h2>
      <p class="field-hint">{t('planEdit.hint')}</p>
      <Show when={!state().floorPlan}>
        <p class="notice">{t('planEdit.newPlan')}</p>
      </Show>
      <p id="plan-editor-keys" class="field-hint">
        {t('planEdit.keys')}
      </p>
      <PlanCanvas plan={plan()} image={state().planImage} drafts={drafts} selected={selected()} onSelect={setSelected} send={(place) => void commands.sendPlace(place)} />
      <FormStatusLine status={status.status()} />
      <PlaceFields plan={plan()} drafts={drafts} selected={selected()} onSelect={setSelected} commands={commands} />
      <UnplacedList plan={plan()} commands={commands} />
    </section>
  );
}
