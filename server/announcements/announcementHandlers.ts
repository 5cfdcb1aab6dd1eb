import { accept, type CommandHandlers } from '../commands/handler.js';

export const announcementHandlers: CommandHandlers<'announcement:post'> = {
  // The command id doubles as the announcement's id: a retried post cannot make a second one.
  'announcement:post': ({ level, text, textEn }, { commandId, now }) =>
    accept({
      type: 'announcement:posted',
      audience: 'public',
      data: { announcement: { id: commandId, level, text, ...(textEn ? { textEn } : {}), postedAt: now } },
    }),
};
