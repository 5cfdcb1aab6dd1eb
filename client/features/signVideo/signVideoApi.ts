import { signVideoUploadReply, type SignVideoUploadReply } from '../../../shared/mediaSchemas';
import { callApi, type ApiOutcome } from '../../sync/httpApi';

/** The video's bytes as the body, its type as declared by the phone; the server checks both. */
export function uploadSignVideo(file: File): Promise<ApiOutcome<SignVideoUploadReply>> {
  // A large video over venue Wi-Fi takes minutes.
  return callApi('/api/sign-video', { method: 'POST', headers: { 'content-type': file.type || 'application/octet-stream' }, body: file }, signVideoUploadReply, { timeoutMs: 30 * 60_000 });
}
