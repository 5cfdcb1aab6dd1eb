import type { Change } from '../../shared/changes.js';
import { fieldsOfPatch, withEditedFields, type EditedField } from '../../shared/standEdits.js';
import type { Projection } from '../kernel/liveState.js';

/**
 * Which profile fields were edited on screen since the last stands file, by stand id: what the
 * import's preview names and 'keep' keeps. Kept on the server only: no phone needs it, and that a
 * host changed a contact field that is not public is nobody else's business.
 */
export interface StandEditMarks extends Projection {
  all(): Readonly<Record<string, readonly EditedField[]>>;
}

export function createStandEditMarks(): StandEditMarks {
  const marks = new Map<string, readonly EditedField[]>();
  const follow = (change: Change) => {
    if (change.type === 'stand:profile-edited') {
      const { standId, profile } = change.data;
      marks.set(standId, withEditedFields(marks.get(standId), fieldsOfPatch(profile)));
    } else if (change.type === 'stands:imported') {
      // The file replaces every stand: only the fields the organizer chose to keep stay marked.
      marks.clear();
      for (const [standId, fields] of Object.entries(change.data.kept ?? {})) marks.set(standId, fields);
    } else if (change.type === 'stand:removed') marks.delete(change.data.standId);
    else if (change.type === 'event:demo-removed') marks.clear();
  };
  return {
    all: () => Object.fromEntries(marks),
    reset: () => marks.clear(),
    project: follow,
  };
}
