import { agendaHandlers } from '../agenda/agendaHandlers.js';
import { announcementHandlers } from '../announcements/announcementHandlers.js';
import { eventSettingsHandlers } from '../eventSettings/eventSettingsHandlers.js';
import { importHandlers } from '../import/importHandlers.js';
import { askAndVoteHandlers } from '../questions/askAndVoteHandlers.js';
import { moderationHandlers } from '../questions/moderationHandlers.js';
import { standHandlers } from '../stands/standHandlers.js';
import { pollHandlers } from '../polls/pollHandlers.js';
import { voteAndFeedbackHandlers } from '../polls/voteAndFeedbackHandlers.js';
import type { CommandHandlers } from '../kernel/handler.js';
import { deleteAndPauseHandlers } from '../questions/deleteAndPauseHandlers.js';

/** Every command type has exactly one handler; the type fails to compile when one is missing. */
export const handlers: CommandHandlers = {
  ...agendaHandlers,
  ...announcementHandlers,
  ...askAndVoteHandlers,
  ...importHandlers,
  ...moderationHandlers,
  ...standHandlers,
  ...deleteAndPauseHandlers,
  ...eventSettingsHandlers,
  ...pollHandlers,
  ...voteAndFeedbackHandlers,
};
