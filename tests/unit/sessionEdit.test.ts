import { describe, expect, it } from 'vitest';
import { planEdit } from '../../client/features/programmeEdit/sessionEdit.js';
import type { Session } from '../../shared/model.js';

const zone = 'Europe/Berlin';
// 09:30–10:15 in Berlin (summer time).
const talk: Session = {
  id: 'talk', title: 'Digitale Dörfer', abstract: '', speakers: [], kind: 'talk', status: 'scheduled',
  startsAt: '2026-05-14T07:30:00.000Z', endsAt: '2026-05-14T08:15:00.000Z', roomId: 'auditorium',
};
const untouched = { start: null, end: null, roomId: null, title: null };

describe('planning a session edit', () => {
  it('plans nothing for an untouched form, nor for the same times and title typed again', () => {
    expect(planEdit(talk, untouched, zone)).toEqual({ move: null, rename: null });
    expect(planEdit(talk, { start: '09:30', end: '10:15', roomId: 'auditorium', title: ' Digitale Dörfer ' }, zone)).toEqual({ move: null, rename: null });
  });

  it('moves with only the parts that changed, so a new start alone keeps the length', () => {
    expect(planEdit(talk, { ...untouched, start: '11:00' }, zone)).toEqual({
      move: { sessionId: 'talk', startsAt: '2026-05-14T09:00:00.000Z' },
      rename: null,
    });
    expect(planEdit(talk, { ...untouched, roomId: 'seminar-1', end: '10:30' }, zone)).toEqual({
      move: { sessionId: 'talk', endsAt: '2026-05-14T08:30:00.000Z', roomId: 'seminar-1' },
      rename: null,
    });
  });

  it('renames to the trimmed title, and keeps the title when the field was emptied', () => {
    expect(planEdit(talk, { ...untouched, title: '  Smarte Dörfer ' }, zone)).toEqual({ move: null, rename: { sessionId: 'talk', title: 'Smarte Dörfer' } });
    expect(planEdit(talk, { ...untouched, title: '   ' }, zone)).toEqual({ move: null, rename: null });
  });

  it('refuses a new end at or before the start, and a time field left empty', () => {
    expect(planEdit(talk, { ...untouched, end: '09:30' }, zone)).toEqual({ error: 'edit.endBeforeStart' });
    expect(planEdit(talk, { ...untouched, end: '09:00' }, zone)).toEqual({ error: 'edit.endBeforeStart' });
    expect(planEdit(talk, { ...untouched, start: '' }, zone)).toEqual({ error: 'edit.missingTime' });
  });
});
