import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Scenario 7, the static part: the JavaScript the first page loads (its entry module and the
 * modules it preloads), compressed as a server would precompress it, and the service worker's
 * precache. Reads `dist/client`; null when the client is not built.
 */
export interface BundleFigures {
  firstPageJsFiles: string[];
  firstPageJsBytes: number;
  firstPageJsGzipBytes: number;
  firstPageJsBrotliBytes: number;
  /** Bytes of every file in the service worker's precache manifest; null without one. */
  precacheBytes: number | null;
  precacheFiles: number | null;
}

const fileOf = (dist: string, url: string) => join(dist, url.replace(/^\.?\//, '').split(/[?#]/)[0]!);

function firstPageScripts(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const urls = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!);
  return [...new Set(urls)].filter((url) => !/^https?:/.test(url));
}

/** Workbox's generated service worker lists `{url: "…", revision: …}` entries. */
function precache(dist: string): { bytes: number; files: number } | null {
  const worker = readdirSync(dist).find((name) => /^(sw|service-worker)\.js$/.test(name));
  if (!worker) return null;
  const source = readFileSync(join(dist, worker), 'utf8');
  const urls = [...source.matchAll(/"?url"?\s*:\s*"([^"]+)"/g)].map((m) => m[1]!);
  const files = [...new Set(urls)].map((url) => fileOf(dist, url)).filter((file) => existsSync(file));
  if (files.length === 0) return null;
  return { bytes: files.reduce((sum, file) => sum + statSync(file).size, 0), files: files.length };
}

export function bundleFigures(dist: string): BundleFigures | null {
  if (!existsSync(join(dist, 'index.html'))) return null;
  const files = firstPageScripts(dist).map((url) => fileOf(dist, url)).filter((file) => existsSync(file));
  const sources = files.map((file) => readFileSync(file));
  const sum = (f: (b: Buffer) => number) => sources.reduce((total, source) => total + f(source), 0);
  const cache = precache(dist);
  return {
    firstPageJsFiles: files.map((file) => file.slice(dist.length + 1)),
    firstPageJsBytes: sum((b) => b.length),
    firstPageJsGzipBytes: sum((b) => gzipSync(b, { level: 9 }).length),
    firstPageJsBrotliBytes: sum((b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
    precacheBytes: cache?.bytes ?? null,
    precacheFiles: cache?.files ?? null,
  };
}
