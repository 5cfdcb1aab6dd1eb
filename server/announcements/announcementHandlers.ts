import type { PublicState } from '../../shared/publicState.js';
import { accept, reject, type CommandHandlers, type HandlerOutcome } from '../kernel/handler.js';

type AnnouncementCommand = 'announcement:post' | 'announcement:correct' | 'announcement:withdraw';

function withAnnouncement(state: PublicState, id: string, decide: () => HandlerOutcome): HandlerOutcome {
  return state.announcements.some((a) => a.id === id)
    ? decide()
    : reject('not_found', [{ path: 'announcementId', message: 'no such announcement' }]);
}

export const announcementHandlers: CommandHandlers<AnnouncementCommand> = {
  // The command id doubles as the announcement's id: a retried post cannot make a second one.
  'announcement:post': ({ level, text, textEn }, { commandId, now }) =>
    accept({
      type: 'announcement:posted',
      audience: 'public',
      data: { announcement: { id: commandId, level, text, ...(textEn ? { textEn } : {}), postedAt: now } },
    }),
  'announcement:correct': ({ announcementId, text, textEn }, { state, now }) =>
    withAnnouncement(state, announcementId, () =>
      accept({
        type: 'announcement:corrected',
        audience: 'public',
        data: { announcementId, text, ...(textEn ? { textEn } : {}), correctedAt: now },
      }),
    ),
  'announcement:withdraw': ({ announcementId }, { state }) =>
    withAnnouncement(state, announcementId, () =>
      accept({ type: 'announcement:withdrawn', audience: 'public', data: { announcementId } }),
    ),
};
