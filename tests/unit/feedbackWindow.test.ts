import { describe, expect, it } from 'vitest';
import { feedbackWindow } from '../../shared/feedbackWindow.js';
import type { Session } from '../../shared/model.js';
import { emptyState, type PublicState } from '../../shared/publicState.js';

const talk: Session = {
  id: 'talk', title: 'Talk', abstract: '', speakers: [], kind: 'talk', status: 'scheduled',
  startsAt: '2026-05-14T08:00:00.000Z', endsAt: '2026-05-14T08:30:00.000Z', roomId: 'auditorium',
};
const state: PublicState = { ...emptyState, sessions: { talk } };
const end = Date.parse(talk.endsAt);

describe('the feedback window of a session', () => {
  it('opens the moment the session is over, not a millisecond before', () => {
    expect(feedbackWindow(state, 'talk', end - 1)).toBe('not-yet');
    expect(feedbackWindow(state, 'talk', end)).toBe('open');
  });

  it('opens earlier once a moderator opened it', () => {
    const opened = { ...state, polls: { ...state.polls, feedbackOpen: { talk: true as const } } };
    expect(feedbackWindow(opened, 'talk', end - 1)).toBe('open');
  });
});
