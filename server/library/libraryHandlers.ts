import { own } from '../../shared/records.js';
import { mayActOn } from '../../shared/standHosts.js';
import { accept, reject, type CommandHandlers } from '../kernel/handler.js';

/**
 * Taking a project out of the series' library, or putting it back: the organizer for any stand,
 * a host for their own. A stand this event knows (shown here, or removed since).
 */
export const libraryHandlers: CommandHandlers<'library:withdraw'> = {
  'library:withdraw': ({ standId, withdrawn }, { state, actor, now }) => {
    if (!own(state.stands, standId) && !own(state.formerStands, standId)) return reject('not_found', [{ path: 'standId', message: 'no such stand at this event' }]);
    if (!mayActOn(actor, { kind: 'stand', id: standId })) return reject('forbidden');
    if (own(state.library, standId)?.withdrawn === withdrawn) return accept();
    return accept({ type: 'library:withdrawn', audience: 'public', data: { standId, withdrawn, at: now } });
  },
};
