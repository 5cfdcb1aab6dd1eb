import { createCoalescer } from '../kernel/coalescer.js';
import type { EventContext, SomeEventFeature } from '../kernel/feature.js';
import { feedbackSummaries, pollResults } from './pollFigures.js';
import { pollExportRoutes } from './pollExportRoutes.js';
import { pollHandlers } from './pollHandlers.js';
import { createPollIndex } from './pollIndex.js';
import { erasingDeviceComments, feedbackTypes, pollPersonalData } from './pollPersonalData.js';
import { voteAndFeedbackHandlers } from './voteAndFeedbackHandlers.js';

/** Live polls and session feedback: answers by device, results and summaries counted at intervals, the organizer's export. */
export function pollsFeature(event: EventContext) {
  const polls = createPollIndex();
  const figures = [pollResults(event.live, polls), feedbackSummaries(event.live, polls)];
  const results = createCoalescer({ intervalMs: event.coalesceMs, what: 'poll results', figures, commit: event.commit });
  return {
    handlers: { ...pollHandlers(polls), ...voteAndFeedbackHandlers(polls) },
    own: { polls, results },
    projections: [polls],
    personalData: pollPersonalData(polls),
    // "Meine Daten": the device's comment leaves the stored ratings and the summaries in the same batch.
    inBatch(batch, changes) {
      for (const change of changes) {
        if (change.type === 'feedback:comment-erased') batch.rewrite(feedbackTypes, erasingDeviceComments(change.data.sessionId, change.data.deviceId));
      }
    },
    committed: (changes) => results.committed(changes),
    start: () => results.recount(),
    flush: () => results.flush(),
    stop: () => results.stop(),
    routes: [{ path: '/api/export', routes: pollExportRoutes({ live: event.live, polls }) }],
  } satisfies SomeEventFeature;
}
