import { createSignal } from 'solid-js';

/*
 * The connection's state as signals, apart from the socket: the first page shows them before
 * the socket module (socket.io-client and zod) has loaded.
 */

export type ConnectionStatus = 'connecting' | 'online' | 'offline';

const [status, setStatus] = createSignal<ConnectionStatus>('connecting');
const [offlineSince, setOfflineSince] = createSignal<number | null>(null);
const [receiptCounts, setReceiptCounts] = createSignal<Readonly<Record<string, number>>>({});
/**
 * The server and this app do not speak a common protocol version (`shared/protocol.ts`): the
 * server refused the app as too old, or the server is older than the app can send commands to.
 * Either way, reloading gets the server's version of the app; queued commands wait in the outbox.
 */
const [updateRequired, setUpdateRequired] = createSignal(false);

/** The server refused the socket for load (too many from this network): the phone waits and tries again. */
const [crowded, setCrowded] = createSignal(false);

export { status, setStatus, offlineSince, setOfflineSince };
export { crowded, setCrowded };
/** Staff only: how many devices showed each announcement, as the server last counted. */
export { receiptCounts, setReceiptCounts };
export { updateRequired, setUpdateRequired };
