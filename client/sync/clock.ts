import { createSignal } from 'solid-js';

/** Phones' clocks drift; "now" on the Jetzt page must be the server's now. */
const [offsetMs, setOffsetMs] = createSignal(0);

/** The server's time in ms, reactive to new measurements. */
export function serverNow(): number {
  return Date.now() + offsetMs();
}

/** Takes the middle of the round trip as the moment the server read its clock. */
export function noteServerTime(serverTime: number, sentAt: number, receivedAt: number): void {
  if (!Number.isFinite(serverTime)) return;
  setOffsetMs(Math.round(serverTime - (sentAt + receivedAt) / 2));
}
