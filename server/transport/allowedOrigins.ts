/**
 * Browsers send Origin on every WebSocket and cross-origin polling request. It must be the
 * address phones are given (PUBLIC_URL) or one configured in EXTRA_ORIGINS: scheme, host and port
 * all count. The request's own Host header proves nothing (DNS rebinding makes it the victim's
 * name with the attacker's page). Without PUBLIC_URL the default address is http://localhost:PORT,
 * so the loopback names at the listening port are allowed then, with the scheme the phone used
 * (https with TLS, or as a trusted proxy forwards it).
 */
export function allowedOrigins(options: { publicUrl: string | null; extraOrigins: readonly string[]; port: () => number }): (origin: string | undefined, scheme?: 'http' | 'https') => boolean {
  const configured = new Set([...(options.publicUrl ? [options.publicUrl] : []), ...options.extraOrigins].flatMap(originOf));
  return (origin, scheme = 'http') => {
    // Non-browser clients send none and cannot carry a victim's credentials, so they pass.
    if (origin === undefined) return true;
    const normalised = originOf(origin)[0];
    if (!normalised) return false;
    if (configured.has(normalised)) return true;
    if (options.publicUrl) return false;
    const port = options.port();
    return ['localhost', '127.0.0.1', '[::1]'].some((host) => normalised === `${scheme}://${host}:${port}`);
  };
}

function originOf(url: string): string[] {
  try {
    const parsed = new URL(url);
    return parsed.origin === 'null' ? [] : [parsed.origin];
  } catch {
    return [];
  }
}
