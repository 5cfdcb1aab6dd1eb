import type { ChangeDraft } from '../../shared/changes.js';
import { accept, reject, type CommandHandlers } from '../kernel/handler.js';
import type { PersonalData } from '../kernel/personalData.js';

/** The one change of an erasure on time: every phone drops names, comments and reports with it. */
export const personalDataErased: ChangeDraft = { type: 'personal-data:erased', audience: 'public', data: {} };

/**
 * "Jetzt löschen" (the organizer, after a confirmation on the page) and "Meine Daten" (a device,
 * for what it sent: the signed device id is the proof, so no device reaches another's data).
 */
export const privacyHandlers = (personalData: () => readonly PersonalData[]): CommandHandlers<'personal-data:erase' | 'own-data:erase'> => ({
  'personal-data:erase': () => accept(personalDataErased),

  'own-data:erase': ({ questionIds }, { state, actor }) => {
    if (!actor.deviceId) return reject('invalid_command', [{ path: 'deviceId', message: 'erasing needs a device id' }]);
    const deviceId = actor.deviceId;
    const parts = personalData().flatMap((data) => (data.ofDevice ? [data.ofDevice(deviceId, questionIds, state)] : []));
    const foreign = parts.flatMap((part) => part.foreign);
    if (foreign.length > 0) return reject('forbidden', foreign);
    return accept(...parts.flatMap((part) => part.drafts));
  },
});
