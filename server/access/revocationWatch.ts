import type { AccessRecords } from '../kernel/store.js';

/**
 * With several processes, a code revoked on one must end its sockets on all (with one, the look
 * finds them ended already by the revoking request): each process looks
 * at the revoked codes twice a second and ends the sockets of any it has not seen revoked before.
 * Codes are few (dozens), so reading them all is cheaper than keeping a cursor right.
 */
export function watchRevocations(access: Pick<AccessRecords, 'revokedSince'>, onRevoked: (codeId: string) => void, intervalMs = 500): { stop(): void } {
  let seen = new Set<string>();
  let busy = false;
  const look = async () => {
    if (busy) return;
    busy = true;
    try {
      const revoked = await access.revokedSince('');
      // The first look ends sockets too: a socket can have come in while the database took its time
      // to answer it, and the code been revoked meanwhile. Ending a code without sockets costs nothing.
      for (const { id } of revoked) if (!seen.has(id)) onRevoked(id);
      seen = new Set(revoked.map((r) => r.id));
    } catch {
      // The database is away: the next look catches up; tokens of revoked codes are refused meanwhile.
    } finally {
      busy = false;
    }
  };
  void look();
  const timer = setInterval(() => void look(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
