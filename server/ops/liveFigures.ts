import type { PublicState } from '../../shared/publicState.js';

/** What the organizer's dashboard shows: who is connected and where the questions stand. */
export function liveFigures(state: PublicState, connectedDevices: number): Record<string, number> {
  const questions = Object.values(state.questions);
  const count = (status: string) => questions.filter((q) => q.status === status && !q.mergedInto).length;
  return {
    connectedDevices,
    sessions: Object.keys(state.sessions).length,
    questionsPending: count('pending'),
    questionsPublished: count('published'),
    questionsAnswered: questions.filter((q) => q.answered && !q.mergedInto).length,
    announcements: state.announcements.length,
  };
}
