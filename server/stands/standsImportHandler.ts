import type { ChangeDraft } from '../../shared/changes.js';
import { keepingEdits, unchangedBy } from '../../shared/standEdits.js';
import { standsFileIssues } from '../../shared/standsImport.js';
import { accept, reject, type CommandHandler } from '../kernel/handler.js';
import type { StandEditMarks } from './standEditMarks.js';

/**
 * The stands file replaces every stand and the floor plan; with `hostEdits: 'keep'` the profile
 * fields edited on screen since the last file stay as they are. A file that says what is there
 * (an export imported back) changes nothing, so the log gets no change.
 */
export const standsImport = (marks: StandEditMarks): CommandHandler<'stands:import'> => ({ hostEdits, planImage, ...file }, { state }) => {
  const issues = standsFileIssues(file, new Set(Object.keys(state.rooms)));
  if (issues.length > 0) return reject('invalid_command', issues.slice(0, 100));
  const held = { stands: state.stands, standContacts: state.standContacts, standEdits: marks.all() };
  const { stands, kept } = hostEdits === 'keep' ? keepingEdits(held, file.stands) : { stands: file.stands, kept: {} };
  const changes: ChangeDraft[] = [];
  if (!unchangedBy(state, stands, file.floorPlan)) {
    const data = { stands, floorPlan: file.floorPlan, ...(Object.keys(kept).length > 0 ? { kept } : {}) };
    changes.push({ type: 'stands:imported', audience: 'public', data });
  }
  if (planImage && planImage.hash !== state.planImage?.hash) {
    changes.push({ type: 'plan:image-set', audience: 'public', data: { image: { hash: planImage.hash, type: planImage.type, size: planImage.size } } });
  }
  return accept(...changes);
};
