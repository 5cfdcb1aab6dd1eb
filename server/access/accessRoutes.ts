import { Hono } from 'hono';
import QRCode from 'qrcode';
import { z } from 'zod';
import { newCodeSchema, redeemRequestSchema, type CodeRecord, type CreatedCode, type Redeemed } from '../../shared/access.js';
import { fail, requireRoute, validate, type AppEnv } from '../kernel/http.js';
import type { AccessService } from './accessService.js';

export interface AccessRouteDeps {
  access: AccessService;
  /** Ends the revoked code's open sockets. */
  onCodeRevoked: (codeId: string) => void;
  /** The address phones use (PUBLIC_URL); else the address this request came to. */
  publicUrl: string | null;
}

export const staffLink = (origin: string, code: string) => `${origin}/staff#code=${code}`;

/** Redeeming a code, and the organizer's code management. A plain code exists only in the create answer. */
export function accessRoutes(deps: AccessRouteDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.post('/redeem', validate('json', redeemRequestSchema), async (c) => {
    const redeemed = await deps.access.redeem(c.req.valid('json').code);
    return redeemed ? c.json(redeemed satisfies Redeemed) : fail(c, 'unauthenticated');
  });

  routes.get('/codes', requireRoute('listCodes'), async (c) => c.json({ codes: (await deps.access.listCodes()) satisfies CodeRecord[] }));

  routes.post('/codes', requireRoute('createCode'), validate('json', newCodeSchema), async (c) => {
    const input = c.req.valid('json');
    const { record, code } = await deps.access.createCode({ ...input, standId: input.role === 'host' ? input.standId : null });
    // Behind a proxy the request's own origin is an internal address; printed codes need the public one.
    const link = staffLink(deps.publicUrl ?? new URL(c.req.url).origin, code);
    const qrDataUrl = await QRCode.toDataURL(link, { errorCorrectionLevel: 'M', margin: 2, width: 480 });
    return c.json({ record, code, link, qrDataUrl } satisfies CreatedCode, 201);
  });

  routes.post('/codes/:id/revoke', requireRoute('revokeCode'), validate('param', z.object({ id: z.uuid() })), async (c) => {
    const { id } = c.req.valid('param');
    if (c.get('actor').codeId === id) {
      return fail(c, 'conflict', { issues: [{ path: 'id', message: 'this is the code you are signed in with' }] });
    }
    if (!(await deps.access.revokeCode(id))) return fail(c, 'not_found');
    deps.onCodeRevoked(id);
    return c.json({ ok: true });
  });

  return routes;
}
