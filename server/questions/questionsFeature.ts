import { RateLimiterMemory } from 'rate-limiter-flexible';
import { socketEvents } from '../../shared/events.js';
import { ownQuestionRoom } from '../../shared/ownQuestions.js';
import { createCoalescer } from '../kernel/coalescer.js';
import type { EventContext, SomeEventFeature } from '../kernel/feature.js';
import { askAndVoteHandlers } from './askAndVoteHandlers.js';
import { deleteAndPauseHandlers } from './deleteAndPauseHandlers.js';
import { faqHandlers } from './faqHandler.js';
import { moderationHandlers } from './moderationHandlers.js';
import { answerOwnQuestions, hiddenQuestionOf } from './ownQuestions.js';
import { eraseDeletedQuestions, erasesQuestionText } from './questionDeletion.js';
import { createAskerIndex, questionPersonalData } from './questionPersonalData.js';
import { voteCounts } from './voteCounts.js';
import { createVoteIndex } from './voteIndex.js';

/** After a deletion, old copies of the erased text leave the write-ahead log too; failing that is not the command's failure. */
function scrubFailed(error: unknown): void {
  console.error('could not checkpoint the write-ahead log after a deletion', error);
}

/** Questions to sessions and stands: asking, voting, moderating, deleting, and telling an asker of a hidden question. */
export function questionsFeature(event: EventContext) {
  const votes = createVoteIndex();
  const askers = createAskerIndex();
  const counts = createCoalescer({ intervalMs: event.coalesceMs, what: 'vote counts', figures: [voteCounts(event.live, votes)], commit: event.commit });
  const [points, duration] = event.limits.ownQuestionsPerSocket;
  // Asked once per connect as a rule, like a catch-up: limited per socket.
  const ownQuestionsLimit = new RateLimiterMemory({ points, duration });
  return {
    handlers: { ...askAndVoteHandlers(votes), ...moderationHandlers(votes), ...deleteAndPauseHandlers, ...faqHandlers },
    own: { votes, counts, askers },
    projections: [votes, askers],
    personalData: questionPersonalData(askers),
    inBatch: eraseDeletedQuestions,
    committed(changes) {
      counts.committed(changes);
      if (changes.some(erasesQuestionText)) void event.log.scrub().catch(scrubFailed);
      for (const change of changes) {
        const hidden = hiddenQuestionOf(change);
        if (hidden) event.rooms.to(ownQuestionRoom(hidden)).emit(socketEvents.ownQuestionHidden, hidden);
      }
    },
    start: () => counts.recount(),
    flush: () => counts.flush(),
    stop: () => counts.stop(),
    connected(socket) {
      socket.on(socketEvents.ownQuestions, async (request, ack) => {
        if (typeof ack !== 'function') return;
        const allowed = await ownQuestionsLimit.consume(socket.id).then(() => true, () => false);
        if (!allowed) return ack({ kind: 'error', code: 'rate_limited' });
        ack(answerOwnQuestions(request, event.live.state(), (room) => event.rooms.join(socket, room)));
      });
    },
  } satisfies SomeEventFeature;
}
