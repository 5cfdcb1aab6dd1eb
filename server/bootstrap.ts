import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Change, ChangeDraft } from '../shared/changes.js';
import type { Programme } from '../shared/model.js';
import type { StandsFile } from '../shared/standsImport.js';
import type { AccessService } from './access/accessService.js';
import type { Clock } from './kernel/clock.js';
import type { ChangeLog } from './kernel/store.js';

/** An empty event gets its programme (and stands) as its first changes, so replaying the log rebuilds it too. */
export async function loadProgrammeIfEmpty(log: ChangeLog, clock: Clock, programme: () => Programme, stands?: () => StandsFile): Promise<boolean> {
  if (log.lastSeq() > 0) return false;
  // In a batch: of several processes starting on one empty database, only the first loads it.
  return log.batch(0, async (batch) => {
    if (batch.head > 0) return false;
    const drafts: ChangeDraft[] = [{ type: 'programme:loaded', audience: 'public', data: programme() }];
    if (stands) {
      const { stands: list, floorPlan } = stands();
      drafts.push({ type: 'stands:imported', audience: 'public', data: { stands: list, floorPlan } });
    }
    const at = new Date(clock.now()).toISOString();
    const changes = drafts.map((draft, index): Change => ({ ...draft, seq: index + 1, at }));
    batch.append({ changes, seq: changes.length });
    return true;
  });
}

const linksSchema = z.object({ organizer: z.string(), moderator: z.string() });
export type StaffCodes = z.infer<typeof linksSchema>;

/**
 * Codes are stored hashed, so the first start keeps the demo's plain codes in a file beside the
 * database (readable by the operator only) to print them again at every start.
 */
export async function ensureStaffCodes(access: AccessService, dataDir: string): Promise<StaffCodes> {
  const file = join(dataDir, 'staff-codes.json');
  if (existsSync(file)) {
    chmodSync(file, 0o600); // a file from an older version may be readable by everyone
    return linksSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  }
  const codes: StaffCodes = {
    organizer: (await access.createCode({ role: 'organizer', label: 'Organisation (erster Start)' })).code,
    moderator: (await access.createCode({ role: 'moderator', label: 'Moderation (Demo)' })).code,
  };
  writeFileSync(file, JSON.stringify(codes, null, 2), { mode: 0o600 });
  return codes;
}
