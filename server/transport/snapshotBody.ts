import type { Snapshot } from '../../shared/model.js';
import { createCachedJson } from './cachedJson.js';

const utf8 = new TextEncoder();
const head = utf8.encode('{"snapshot":');

/**
 * /api/snapshot's body, `{ snapshot, serverTime }` as JSON bytes. Each snapshot is encoded once:
 * the live state hands out the same snapshot object until its audience's state changes, and a
 * programme of thousands of sessions is megabytes of JSON, which every phone opening the app
 * would otherwise cost the thread that answers everyone. Only the server time is new per request,
 * and a new snapshot re-encodes only the records that changed (cachedJson.ts).
 */
export function snapshotBodies(): (snapshot: Snapshot, serverTime: number) => Uint8Array<ArrayBuffer> {
  const encoded = new WeakMap<Snapshot, Uint8Array>();
  const toJson = createCachedJson();
  return (snapshot, serverTime) => {
    let json = encoded.get(snapshot);
    if (!json) encoded.set(snapshot, (json = utf8.encode(toJson(snapshot))));
    const tail = utf8.encode(`,"serverTime":${JSON.stringify(serverTime)}}`);
    const body = new Uint8Array(head.length + json.length + tail.length);
    body.set(head);
    body.set(json, head.length);
    body.set(tail, head.length + json.length);
    return body;
  };
}
