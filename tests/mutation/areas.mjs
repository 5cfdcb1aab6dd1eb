// @ts-check
/**
 * Mutation areas: `MUTATE_AREA=access npm run mutate` mutates one area's code and runs only the tests
 * that exercise it, so an area's run takes minutes, not the hours a run of everything against
 * everything takes on two cores. The tests are those that run in this process (a child process
 * would run the code unmutated); an area's score counts only its own tests, so it is never
 * flattered by a test elsewhere that happens to cover a line. Each area keeps its own
 * incremental file: a rerun after a new test retests only what that test covers.
 */

/** @typedef {{ mutate: string[], unit: string[], integration: string[] }} MutationArea */

/** @type {Record<string, MutationArea>} */
export const mutationAreas = {
  // Who may do what: access codes, device ids, revocation.
  access: {
    mutate: ['server/access/*.ts'],
    unit: ['revocationWatch', 'deviceIds', 'ipv6Budgets'],
    integration: ['accessCodes', 'authorizationMatrix', 'originsAndDeviceIds', 'handshake', 'seriesEvents', 'seriesFromOneEvent', 'httpRoutes'],
  },
  // The event's state in memory: the log window, views per audience, replay, redacted window.
  state: {
    mutate: [
      'server/kernel/liveState.ts',
      'server/kernel/liveMemory.ts',
      'server/kernel/logReplay.ts',
      'server/kernel/redactedWindow.ts',
      'server/kernel/audience.ts',
    ],
    unit: ['liveState', 'liveStateBounds', 'logReplay', 'redactedWindow', 'audience', 'syncConvergence'],
    integration: [
      'viewsFromLog',
      'snapshotAudience',
      'catchUpBetweenChanges',
      'hiddenWordCatchUp',
      'mergedDelete',
      'twoRuntimes',
      'questions',
    ],
  },
  // Words erased from the stored log.
  redaction: {
    mutate: ['server/store/redaction.ts'],
    unit: ['sqliteStore.contract'],
    integration: ['mergedDelete', 'pauseAndDelete', 'ownDataErasure', 'erasureOnTime', 'hiddenWordCatchUp'],
  },
  // Which question may be asked, moderated, answered, and by whom.
  questions: {
    mutate: ['server/questions/questionRules.ts'],
    unit: ['questionReducer', 'questionRules'],
    integration: ['questions', 'pauseAndDelete', 'mergedQuestion', 'eventSettings', 'authorizationMatrix'],
  },
  polls: {
    mutate: ['server/polls/*.ts'],
    unit: ['pollReducer', 'pollResults', 'feedbackWindow', 'privacy', 'pollHandlers', 'pollIndex', 'pollPersonalData', 'pollExport'],
    integration: ['polls', 'pollFuzz', 'authorizationMatrix', 'ownDataErasure', 'erasureOnTime', 'hiddenWordCatchUp'],
  },
  // The edge: allowed origins, the client's address behind proxies, the catch-up reply.
  transport: {
    mutate: ['server/transport/allowedOrigins.ts', 'server/kernel/clientAddress.ts', 'server/transport/syncReply.ts'],
    unit: ['clientAddress', 'allowedOrigins', 'syncReply', 'syncBodiesCache', 'ipv6Budgets', 'natRateLimits'],
    integration: ['originsAndDeviceIds', 'trustProxy', 'syncBudget', 'catchUpBetweenChanges', 'hiddenWordCatchUp'],
  },
};

/** @param {string | undefined} name */
export function mutationArea(name) {
  if (name === undefined || name === '') return undefined;
  const area = mutationAreas[name];
  if (!area) throw new Error(`MUTATE_AREA=${name}: no such area (${Object.keys(mutationAreas).join(', ')})`);
  return area;
}
