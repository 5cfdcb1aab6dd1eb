import type { Snapshot } from '../../shared/publicState.js';
import { createCachedJson } from './cachedJson.js';

const utf8 = new TextEncoder();
const head = utf8.encode('{"snapshot":');

/**
 * /api/snapshot's body, `{ snapshot, serverTime }` as JSON bytes. Each snapshot is encoded once:
 * the live state hands out the same snapshot object until its audience's state changes, and a
 * programme of thousands of sessions is megabytes of JSON, which every phone opening the app
 * would otherwise cost the thread that answers everyone. Only the server time is new per request;
 * a new snapshot re-encodes only the records that changed, in slices (cachedJson.ts).
 */
export function snapshotBodies(): (snapshot: Snapshot, serverTime: () => number) => Promise<Uint8Array<ArrayBuffer>> {
  const encoded = new WeakMap<Snapshot, Promise<Uint8Array>>();
  const json = createCachedJson();
  return async (snapshot, serverTime) => {
    let text = encoded.get(snapshot);
    if (!text) {
      encoded.set(snapshot, (text = json.bytesInSlices(snapshot)));
      text.catch(() => encoded.delete(snapshot));
    }
    const body = await text;
    // The time as the answer leaves, not as the request came: the phone sets its clock by it.
    const tail = utf8.encode(`,"serverTime":${JSON.stringify(serverTime())}}`);
    const whole = new Uint8Array(head.length + body.length + tail.length);
    whole.set(head);
    whole.set(body, head.length);
    whole.set(tail, head.length + body.length);
    return whole;
  };
}
