import { standsFileIssues } from '../../shared/standsImport.js';
import { accept, reject, type CommandHandlers } from '../kernel/handler.js';
import { mayActOn } from '../../shared/standHosts.js';
import { own } from '../../shared/records.js';

export const standHandlers: CommandHandlers<'stand:set-status' | 'stands:import'> = {
  'stands:import': (file, { state }) => {
    const issues = standsFileIssues(file, new Set(Object.keys(state.rooms)));
    if (issues.length > 0) return reject('invalid_command', issues.slice(0, 100));
    return accept({ type: 'stands:imported', audience: 'public', data: { stands: file.stands, floorPlan: file.floorPlan } });
  },
  'stand:set-status': ({ standId, text, availability }, { state, actor, now }) => {
    if (!own(state.stands, standId)) return reject('not_found', [{ path: 'standId', message: 'no such stand' }]);
    if (!mayActOn(actor, { kind: 'stand', id: standId })) return reject('forbidden');
    return accept({ type: 'stand:status-set', audience: 'public', data: { standId, status: { text, availability, at: now } } });
  },
};
