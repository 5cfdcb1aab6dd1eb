import { resolve } from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  /** postgres://…: the event lives in PostgreSQL, shared by every process given the same URL; unset: SQLite in DATA_DIR. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'a postgres:// URL').optional(),
  /** The address phones use, e.g. http://192.168.1.10:3000 on a venue network. */
  PUBLIC_URL: z.url().optional(),
  /** YYYY-MM-DD: the day the demo event is put on at first start; default today (Berlin). */
  DEMO_DATE: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** off: an empty database gets an empty event and one organizer code instead of the demo (a real event). */
  ORTSTERMIN_DEMO: z.enum(['on', 'off']).default('on'),
  /** The built PWA to serve. */
  CLIENT_DIR: z.string().min(1).default('./dist/client'),
  /** Extra origins allowed to open a socket, comma-separated (the Vite dev server). */
  EXTRA_ORIGINS: z.string().default(''),
  /** PEM files: with both, the server speaks HTTPS (and Socket.IO over it) on PORT. */
  TLS_CERT: z.string().min(1).optional(),
  TLS_KEY: z.string().min(1).optional(),
  /** With TLS: a second port that answers plain HTTP with a redirect to HTTPS. */
  HTTP_REDIRECT_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** Reverse proxies (addresses or CIDRs, comma-separated) whose X-Forwarded-For/-Proto are believed. */
  TRUST_PROXY: z.string().default(''),
  /** /metrics answers a request with this bearer token, */
  METRICS_TOKEN: z.string().min(16).optional(),
  /** or from these addresses or CIDRs (comma-separated). */
  METRICS_ALLOW: z.string().default(''),
  /** The largest sign-language (DGS) video the organizer may upload, in megabytes. */
  SIGN_VIDEO_MAX_MB: z.coerce.number().int().min(1).max(2000).default(200),
  /** The largest floor-plan image, in megabytes. */
  PLAN_IMAGE_MAX_MB: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

function tlsPaths(cert: string | undefined, key: string | undefined): { cert: string; key: string } | null {
  if (!cert && !key) return null;
  if (!cert || !key) throw new Error('invalid configuration: TLS_CERT and TLS_KEY go together; set both or neither');
  return { cert: resolve(cert), key: resolve(key) };
}

export function readConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  if (e.HTTP_REDIRECT_PORT !== undefined && !e.TLS_CERT) {
    throw new Error('invalid configuration: HTTP_REDIRECT_PORT redirects to HTTPS, which needs TLS_CERT and TLS_KEY');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL ?? null,
    clientDir: resolve(e.CLIENT_DIR),
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    demoDate: e.DEMO_DATE,
    demo: e.ORTSTERMIN_DEMO === 'on',
    extraOrigins: e.EXTRA_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
    tls: tlsPaths(e.TLS_CERT, e.TLS_KEY),
    httpRedirectPort: e.HTTP_REDIRECT_PORT,
    trustProxy: e.TRUST_PROXY,
    metricsToken: e.METRICS_TOKEN ?? null,
    metricsAllow: e.METRICS_ALLOW,
    logLevel: e.LOG_LEVEL,
    uploadLimits: { signVideoBytes: e.SIGN_VIDEO_MAX_MB * 1024 * 1024, planImageBytes: e.PLAN_IMAGE_MAX_MB * 1024 * 1024 },
  };
}
