/** The English strings of `../hardening.ts`: loaded only when a phone reads English. */
import type { de } from '../hardening';

export const en: Record<keyof typeof de, string> = {
  'error.id_conflict': 'This action was sent with an id already used. Please try again.',
  'error.questions_paused': 'Questions are paused here at the moment.',
  'error.event_closed': 'This event is over: it stays readable but takes nothing new.',
  'error.wrong_file_type': 'This file is not of the right kind. Please choose a matching file.',
  'error.invalid_device': 'This device needs to register again. Please reload the page.',
  'moderation.pauseQuestions': 'Pause questions',
  'moderation.resumeQuestions': 'Allow questions again',
  'moderation.pauseAll': 'Pause all questions of the event',
  'moderation.resumeAll': 'Allow questions of the event again',
  'moderation.questionsPaused': 'Questions paused',
  'moderation.delete': 'Delete',
  'moderation.deleteConfirm': 'Delete this question for good? Its text is also removed from the database.',
  'moderation.deleteForGood': 'Delete for good',
  'moderation.deleteCancel': 'Cancel',
};
