import { accept, reject, type CommandHandlers } from '../kernel/handler.js';
import { mayActOn } from '../../shared/standHosts.js';
import { own } from '../../shared/records.js';
import { contactDraftsOf, profilePatchOf } from '../../shared/standProfileEdit.js';
import { noStand, standListHandlers } from './standListHandlers.js';

type StandCommand = 'stand:set-status' | 'stand:edit-profile' | 'stand:create' | 'stand:update' | 'stand:remove';

/** The stand commands but the import (`standsImport`), which reads the server's edit marks. */
export const standHandlers: CommandHandlers<StandCommand> = {
  'stand:set-status': ({ standId, text, availability }, { state, actor, now }) => {
    if (!own(state.stands, standId)) return noStand();
    if (!mayActOn(actor, { kind: 'stand', id: standId })) return reject('forbidden');
    return accept({ type: 'stand:status-set', audience: 'public', data: { standId, status: { text, availability, at: now } } });
  },
  // What is not public goes to the stand's hosts and staff only; attendees get null in its place.
  'stand:edit-profile': (edit, { state, actor }) => {
    const { standId } = edit;
    if (!own(state.stands, standId)) return noStand();
    if (!mayActOn(actor, { kind: 'stand', id: standId })) return reject('forbidden');
    const contact = contactDraftsOf(edit);
    return accept(
      ...(contact ? [{ type: 'stand:contact-edited' as const, audience: `stand:${standId}` as const, data: { standId, contact } }] : []),
      { type: 'stand:profile-edited', audience: 'public', data: { standId, profile: profilePatchOf(edit) } },
    );
  },
  ...standListHandlers,
};
