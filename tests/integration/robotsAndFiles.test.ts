import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import robotsParser from 'robots-parser';
import { describe, expect, it } from 'vitest';
import { tempDir, type RunningApp } from '../support/testServer.js';
import { useServers } from '../support/useServers.js';

const { running, defer } = useServers();

function clientDir(): string {
  const dir = tempDir('ortstermin-client-');
  defer(() => dir.remove());
  mkdirSync(join(dir.path, 'assets'));
  writeFileSync(join(dir.path, 'index.html'), '<!doctype html><title>Ortstermin</title>');
  writeFileSync(join(dir.path, 'manifest.webmanifest'), '{}');
  return dir.path;
}

async function robotsOf(app: RunningApp) {
  const response = await fetch(`${app.url}/robots.txt`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  const text = await response.text();
  // Every line is a field robots read (RFC 9309): nothing of the app's HTML.
  for (const line of text.split('\n').filter(Boolean)) expect(line).toMatch(/^(User-agent|Allow|Disallow): \S+$/);
  const url = `${app.url}/robots.txt`;
  const robots = robotsParser(url, text);
  return (path: string) => robots.isAllowed(`${app.url}${path}`, 'Googlebot');
}

async function allowSearchEngines(app: RunningApp, indexable: boolean): Promise<void> {
  const response = await fetch(`${app.url}/api/commands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${app.organizerToken}` },
    body: JSON.stringify({ id: randomUUID(), type: 'event:configure', payload: { indexable } }),
  });
  expect(response.status).toBe(200);
}

describe('robots.txt (issue 29)', () => {
  it('is plain text; keeps every robot out until the organizer allows the attendee pages', async () => {
    const app = await running({ config: { clientDir: clientDir() } });
    const closed = await robotsOf(app);
    for (const path of ['/', '/agenda', '/stand/digitale-doerfer', '/api/snapshot', '/organizer']) expect(closed(path), path).toBe(false);
  });

  it('once allowed, lets robots read the attendee pages of every event, never the API or a staff page', async () => {
    const app = await running({ config: { clientDir: clientDir() } });
    await allowSearchEngines(app, true);
    const allowed = await robotsOf(app);
    for (const path of ['/', '/agenda', '/stand/digitale-doerfer', '/2026-mai/agenda', '/staffel-2027/agenda']) expect(allowed(path), path).toBe(true);
    for (const path of ['/api/snapshot', '/socket.io/?EIO=4', '/staff', '/organizer', '/organizer/import', '/moderation/questions', '/host', '/2026-mai/organizer', '/2026-mai/moderation/polls']) {
      expect(allowed(path), path).toBe(false);
    }
    await allowSearchEngines(app, false);
    expect((await robotsOf(app))('/agenda')).toBe(false);
  });
});

describe('unknown files (issue 29)', () => {
  it('get a 404, not the app shell; app routes and existing files are served', async () => {
    const app = await running({ config: { clientDir: clientDir() } });
    for (const path of ['/wp-login.php', '/favicon.png', '/.env', '/stand/x/sitemap.xml']) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('<title>Ortstermin');
    }
    expect((await fetch(`${app.url}/manifest.webmanifest`)).status).toBe(200);
    for (const path of ['/agenda', '/stand/digitale-doerfer', '/organizer/import']) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain('<title>Ortstermin');
    }
  });
});
