import { deploymentInfoSchema, type DeploymentInfo } from '../../../shared/deployment';
import { callApi } from '../../sync/httpApi';

/** The server's set-up as the organizer page shows it (address warning, version); null when unreachable. */
export async function fetchDeploymentInfo(): Promise<DeploymentInfo | null> {
  const outcome = await callApi('/api/deployment', {}, deploymentInfoSchema, { withToken: false });
  return outcome.ok ? outcome.value : null;
}
