import { z } from 'zod';

/**
 * A phone treats a page as a secure context only over HTTPS or on localhost. Anywhere else an
 * http:// address loses the service worker: no offline use, no install, no outbox across a
 * closed tab. True when the address phones are given is such a plain-HTTP address.
 */
export function isInsecurePublicUrl(publicUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:') return false;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return !(host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1');
}

/** GET /api/deployment: what the organizer page needs to warn about the set-up. */
export const deploymentInfoSchema = z.object({ publicUrl: z.string().nullable(), insecurePublicUrl: z.boolean(), version: z.string() });
export type DeploymentInfo = z.infer<typeof deploymentInfoSchema>;
