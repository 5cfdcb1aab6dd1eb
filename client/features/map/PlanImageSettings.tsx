import { planImageTypes } from '../../../shared/media';
import { StoredFileSettings } from '../../forms/StoredFileSettings';
import { sendCommand, state } from '../../sync/connection';
import { uploadPlanImage } from './planImageApi';

const typeLabels: Record<string, string> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/svg+xml': 'SVG' };

/** The organizer uploads, replaces or removes the image under every phone's map. */
export function PlanImageSettings() {
  return (
    <StoredFileSettings
      name="plan-image"
      texts={{
        title: 'planImage.title', hint: 'planImage.hint', none: 'planImage.none', current: 'planImage.current', file: 'planImage.file',
        upload: 'planImage.upload', remove: 'planImage.remove', pickFirst: 'planImage.pickFirst', saved: 'planImage.saved', removed: 'planImage.removed',
      }}
      accept={planImageTypes}
      stored={state().planImage}
      typeLabel={(type) => typeLabels[type] ?? type}
      upload={uploadPlanImage}
      save={(uploaded) => sendCommand('plan:set-image', { image: uploaded?.image ?? null })}
    />
  );
}
