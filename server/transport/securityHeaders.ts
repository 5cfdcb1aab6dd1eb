import type { IncomingHttpHeaders } from 'node:http';

/** The app's Content-Security-Policy: own origin only, nothing inline, no third-party host. */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  manifestSrc: ["'self'"],
  workerSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The headers Hono's secureHeaders sends (with our CSP and referrer policy), for the responses
 * Hono does not make: Socket.IO's polling and handshake. tests/integration/hostileClients.test.ts
 * checks both sets stay equal.
 */
export const socketSecurityHeaders: Record<string, string> = {
  'Content-Security-Policy': Object.entries(contentSecurityPolicy)
    .map(([key, values]) => `${kebab(key)} ${values.join(' ')}`)
    .join('; '),
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=15552000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-DNS-Prefetch-Control': 'off',
  'X-Download-Options': 'noopen',
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Permitted-Cross-Domain-Policies': 'none',
  'X-XSS-Protection': '0',
};

export function addSecurityHeaders(headers: IncomingHttpHeaders | Record<string, string | string[] | undefined>): void {
  for (const [name, value] of Object.entries(socketSecurityHeaders)) headers[name] = value;
}
