import { boxOf, type PlanBox } from '../../../shared/planGeometry';
import type { FloorPlace, FloorPlanShape } from '../../../shared/standsImport';
import type { CommandStatus } from '../../forms/useCommandStatus';
import { t } from '../../i18n/i18n';
import type { SendResult } from '../../sync/commandResult';
import { sendCommand } from '../../sync/connection';
import type { PlaceKey, PlanDrafts } from './planDrafts';
import { middleOf } from './planMoves';

/** Sends a place where the organizer put it; a refusal takes the preview back to where the state has it. */
export function createPlanCommands(drafts: PlanDrafts, status: CommandStatus) {
  async function outcome(key: PlaceKey, name: string, sent: Promise<SendResult>): Promise<boolean> {
    status.start();
    const ok = status.check(await sent);
    if (ok) status.doneText(t('planEdit.saved', { name }));
    else drafts.drop(key);
    return ok;
  }
  const standTo = (key: PlaceKey, name: string, at: { x: number; y: number }) =>
    outcome(key, name, sendCommand('plan:place-stand', { standId: key.refId, ...at }));
  const roomTo = (key: PlaceKey, name: string, area: PlanBox) =>
    outcome(key, name, sendCommand('plan:set-room-area', { roomId: key.refId, ...area }));
  const sendShape = (key: PlaceKey, name: string, shape: FloorPlanShape) =>
    key.kind === 'stand' ? standTo(key, name, middleOf(shape)) : roomTo(key, name, boxOf(shape));
  return {
    /** The place's shape as it is shown now (the preview), sent. */
    sendPlace: (place: FloorPlace) => sendShape(place, place.label, drafts.shapeOf(place)),
    sendShape,
    standTo,
    roomTo,
  };
}

export type PlanCommands = ReturnType<typeof createPlanCommands>;
