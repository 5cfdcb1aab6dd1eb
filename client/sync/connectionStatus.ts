import { createSignal } from 'solid-js';

/*
 * The connection's state as signals, apart from the socket: the first page shows them before
 * the socket module (socket.io-client and zod) has loaded.
 */

export type ConnectionStatus = 'connecting' | 'online' | 'offline';

const [status, setStatus] = createSignal<ConnectionStatus>('connecting');
const [offlineSince, setOfflineSince] = createSignal<number | null>(null);
const [receiptCounts, setReceiptCounts] = createSignal<Readonly<Record<string, number>>>({});

export { status, setStatus, offlineSince, setOfflineSince };
/** Staff only: how many devices showed each announcement, as the server last counted. */
export { receiptCounts, setReceiptCounts };
