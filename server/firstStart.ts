import { demoModeratorLabel, firstOrganizerLabel } from '../shared/demo.js';
import type { Programme } from '../shared/model.js';
import type { StandsFile } from '../shared/standsImport.js';
import { insertCode } from './access/accessService.js';
import { appendFirstContent } from './bootstrap.js';
import type { Clock } from './kernel/clock.js';
import type { AccessRecords, Store } from './kernel/store.js';

/** What an empty database is given: the demo, or an empty event (ORTSTERMIN_DEMO=off). */
export interface FirstContent {
  demo: boolean;
  programme: () => Programme;
  stands?: () => StandsFile;
}

/** The plain codes made at this start; they exist nowhere else (the database keeps hashes). */
export interface StaffCodes {
  organizer: string;
  moderator?: string;
}

export interface FirstStart {
  /** This start loaded the first content into the empty log. */
  loaded: boolean;
  /** The codes this start made; null when the database had its organizer code already. */
  codes: StaffCodes | null;
}

async function hasOrganizerCode(access: AccessRecords): Promise<boolean> {
  return (await access.listAccessCodes()).some((record) => record.role === 'organizer');
}

/**
 * The first content and the first codes, once per database, not once per process: in one log
 * batch, which several processes on one PostgreSQL take one after the other, so the second finds
 * what the first made. A database from an older version has its organizer code and gets nothing.
 */
export async function prepareFirstStart(store: Store, clock: Clock, content: FirstContent): Promise<FirstStart> {
  return store.log.batch(store.log.lastSeq(), async (batch) => {
    const loaded = batch.head === 0;
    if (loaded) appendFirstContent(batch, clock, content.programme, content.stands);
    if (await hasOrganizerCode(store.access)) return { loaded, codes: null };
    // Codes of the first event have no event id (docs/series.md): its id is made once its log is open.
    const code = (role: 'organizer' | 'moderator', label: string) => insertCode(store.access, clock, { role, eventId: null, label });
    const organizer = (await code('organizer', firstOrganizerLabel)).code;
    if (!(loaded && content.demo)) return { loaded, codes: { organizer } };
    return { loaded, codes: { organizer, moderator: (await code('moderator', demoModeratorLabel)).code } };
  });
}
