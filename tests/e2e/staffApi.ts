import { z } from 'zod';
import type { ServerProcess } from '../support/serverProcess.js';

const redeemed = z.object({ token: z.string() });
const created = z.object({ link: z.url() });

/** The organizer's token, from the code in the organizer link's fragment. */
export async function organizerToken(server: ServerProcess): Promise<string> {
  const code = new URLSearchParams(new URL(server.links.organizer).hash.slice(1)).get('code');
  const response = await fetch(`${server.url}/api/access/redeem`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  return redeemed.parse(await response.json()).token;
}

/** A fresh stand-host sign-in link, made the way the organizer page makes one. */
export async function hostLink(server: ServerProcess, standId: string): Promise<string> {
  const response = await fetch(`${server.url}/api/access/codes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await organizerToken(server)}` },
    body: JSON.stringify({ role: 'host', standId, label: `Test ${standId}` }),
  });
  if (response.status !== 201) throw new Error(`creating a host code failed: ${response.status}`);
  return created.parse(await response.json()).link;
}
