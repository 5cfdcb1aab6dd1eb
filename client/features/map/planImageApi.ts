import { planImageUploadReply, type PlanImageUploadReply } from '../../../shared/mediaSchemas';
import { callApi, type ApiOutcome } from '../../sync/httpApi';

/** The image's bytes as the body, its type as declared by the phone; the server checks both. */
export function uploadPlanImage(file: File): Promise<ApiOutcome<PlanImageUploadReply>> {
  return callApi('/api/plan/image', { method: 'POST', headers: { 'content-type': file.type || 'application/octet-stream' }, body: file }, planImageUploadReply, { timeoutMs: 5 * 60_000 });
}
