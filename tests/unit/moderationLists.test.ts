import { describe, expect, it } from 'vitest';
import { inboxItems } from '../../client/features/moderation/inbox.js';
import { sessionsToEdit } from '../../client/features/programmeEdit/sessionPicker.js';
import { loadDemoEvent } from '../../server/demo/loadDemoEvent.js';
import { emptyState, type PublicState } from '../../shared/publicState.js';
import type { Question } from '../../shared/questions.js';
import { applyChange } from '../../shared/reducer.js';

const demo: PublicState = applyChange(emptyState, {
  seq: 1, at: '2026-05-14T06:00:00.000Z', type: 'programme:loaded', audience: 'public', data: loadDemoEvent('2026-05-14'),
});

let n = 0;
function question(fields: Partial<Question> & Pick<Question, 'target' | 'askedAt'>): Question {
  n += 1;
  return { id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, text: `Frage ${n}`, status: 'pending', pinned: false, answered: false, votes: 0, ...fields };
}

function withQuestions(...questions: Question[]): PublicState {
  return { ...demo, questions: Object.fromEntries(questions.map((q) => [q.id, q])) };
}

describe('the moderation inbox', () => {
  it('lists waiting questions of every session and stand, newest first, saying where each belongs', () => {
    const old = question({ target: { kind: 'session', id: 'westpfalz-wiki' }, askedAt: '2026-05-14T08:00:00.000Z' });
    const atStand = question({ target: { kind: 'stand', id: 'digitale-doerfer' }, askedAt: '2026-05-14T09:30:00.000Z' });
    const newest = question({ target: { kind: 'session', id: 'digitale-doerfer' }, askedAt: '2026-05-14T10:00:00.000Z' });
    const published = question({ target: { kind: 'session', id: 'eroeffnung' }, askedAt: '2026-05-14T10:05:00.000Z', status: 'published' });
    const hidden = question({ target: { kind: 'session', id: 'eroeffnung' }, askedAt: '2026-05-14T10:06:00.000Z', status: 'hidden' });
    const items = inboxItems(withQuestions(old, published, newest, hidden, atStand));
    expect(items.map((item) => item.question.id)).toEqual([newest.id, atStand.id, old.id]);
    expect(items.map((item) => item.where)).toEqual(['Digitale Dörfer', 'Digitale Dörfer', demo.sessions['westpfalz-wiki']?.title]);
  });

  it('is empty when nothing waits', () => {
    expect(inboxItems(demo)).toEqual([]);
  });
});

describe('the session list to edit', () => {
  const sessions = Object.values(demo.sessions);
  const sorted = [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const running = sorted[Math.floor(sorted.length / 2)];
  if (!running) throw new Error('the demo has no sessions');
  const nowMs = Date.parse(running.startsAt) + 60_000;

  it('puts what runs now first, then what comes, then what is over', () => {
    const rows = sessionsToEdit(demo, nowMs, '');
    expect(rows).toHaveLength(sessions.length);
    expect(rows[0]?.phase).toBe('now');
    expect(rows.map((row) => row.session.id)).toContain(running.id);
    const phases = rows.map((row) => row.phase);
    expect(phases).toEqual([...phases].sort((a, b) => ['now', 'next', 'past'].indexOf(a) - ['now', 'next', 'past'].indexOf(b)));
    expect(phases.at(-1)).toBe('past');
  });

  it('finds by title, speaker or room however umlauts are typed', () => {
    expect(sessionsToEdit(demo, nowMs, 'dorfer').map((row) => row.session.id)).toContain('digitale-doerfer');
    expect(sessionsToEdit(demo, nowMs, 'Seminarraum 2').every((row) => row.session.roomId === 'seminar-2')).toBe(true);
    expect(sessionsToEdit(demo, nowMs, 'Schwimmbad')).toEqual([]);
  });
});
