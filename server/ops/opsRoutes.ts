import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { isInsecurePublicUrl, type DeploymentInfo } from '../../shared/deployment.js';
import { clientOf } from '../kernel/http.js';
import type { ProxyTrust } from '../kernel/clientAddress.js';
import type { Metrics } from './metrics.js';

/** Who may read /metrics: a bearer token and/or listed addresses (METRICS_TOKEN, METRICS_ALLOW). */
export interface MetricsAccess {
  token: string | null;
  allow: ProxyTrust;
}

export interface OpsDeps {
  seq: () => number;
  /** Store open and state loaded, its writes working, and not stopping. */
  ready: () => boolean | Promise<boolean>;
  metrics: Metrics;
  metricsAccess: MetricsAccess;
  trustProxy: ProxyTrust;
  publicUrl: string | null;
  /** Ortstermin's version, as package.json and the changelog name it. */
  version: string;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

function mayReadMetrics(c: Context, deps: OpsDeps): boolean {
  const { token, allow } = deps.metricsAccess;
  const bearer = /^Bearer (\S+)$/.exec(c.req.header('authorization') ?? '')?.[1];
  if (token && bearer && timingSafeEqual(digest(bearer), digest(token))) return true;
  const address = clientOf(c, deps.trustProxy)?.address;
  return address !== undefined && allow.trusts(address);
}

/** Health for a load balancer or container, metrics for Prometheus, and the set-up warning for the organizer page. */
export function opsRoutes(deps: OpsDeps): Hono {
  const app = new Hono();
  app.get('/api/health', (c) => c.json({ ok: true, seq: deps.seq(), version: deps.version }));
  app.get('/api/ready', async (c) => ((await deps.ready()) ? c.json({ ready: true, seq: deps.seq() }) : c.json({ ready: false }, 503)));
  app.get('/api/deployment', (c) =>
    c.json({
      publicUrl: deps.publicUrl,
      insecurePublicUrl: deps.publicUrl !== null && isInsecurePublicUrl(deps.publicUrl),
      version: deps.version,
    } satisfies DeploymentInfo),
  );
  // Never public: it tells how many people are here and how busy the server is.
  app.get('/metrics', async (c) => {
    if (!mayReadMetrics(c, deps)) return c.text('forbidden\n', 403);
    return c.text(await deps.metrics.text(), 200, { 'content-type': deps.metrics.registry.contentType });
  });
  return app;
}
