import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';

/** Reads TLS_CERT/TLS_KEY and checks they make a usable pair; throws one line that says which file and why. */
export function loadTlsFiles(paths: { cert: string; key: string }): { cert: Buffer; key: Buffer } {
  const read = (label: string, path: string) => {
    try {
      return readFileSync(path);
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
      throw new Error(`${label}: cannot read ${path} (${code === 'ENOENT' ? 'no such file' : code})`);
    }
  };
  const cert = read('TLS_CERT', paths.cert);
  const key = read('TLS_KEY', paths.key);
  try {
    createSecureContext({ cert, key });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'unusable';
    throw new Error(`TLS_CERT/TLS_KEY: ${paths.cert} and ${paths.key} are not a PEM certificate and its key (${reason})`);
  }
  return { cert, key };
}
