/**
 * The device's own waiting questions, as the socket needs them: which ids to ask the server about
 * (on every connect and after each question sent), and whom to tell when some were hidden. Kept
 * here, free of socket.io and zod, so the questions feature registers without loading the socket.
 */

interface OwnQuestionWatch {
  waiting: () => string[];
  hidden: (ids: readonly string[]) => void;
}

let watch: OwnQuestionWatch = { waiting: () => [], hidden: () => undefined };

export function watchOwnQuestions(next: OwnQuestionWatch): void {
  watch = next;
}

export const waitingOwnQuestions = (): string[] => watch.waiting();

export function noteOwnQuestionsHidden(ids: readonly string[]): void {
  if (ids.length > 0) watch.hidden(ids);
}
