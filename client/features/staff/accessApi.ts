import { meReplySchema, redeemReplySchema, type Me, type Redeemed } from '../../../shared/access';
import { callApi, postJson, type ApiOutcome } from '../../sync/httpApi';

export type { Me, Redeemed } from '../../../shared/access';

/** Trades an access code for a token kept on this device. */
export function redeemCode(code: string): Promise<ApiOutcome<Redeemed>> {
  return callApi('/api/access/redeem', postJson({ code }), redeemReplySchema, { withToken: false });
}

/** The role (and a host's stand) the server gives this token now; it may have been revoked since. */
export function fetchMe(token: string): Promise<ApiOutcome<Me>> {
  return callApi('/api/me', { headers: { authorization: `Bearer ${token}` } }, meReplySchema, { withToken: false });
}
