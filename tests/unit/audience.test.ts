import { describe, expect, it } from 'vitest';
import { audiencesFor, isVisibleIn, roomsFor, roomsOf, viewKey } from '../../server/kernel/audience.js';

describe('who receives a change', () => {
  it('sends a stand’s changes to its hosts and all staff, internal ones to nobody, the rest to their own room', () => {
    expect(roomsOf('stand:digitale-doerfer')).toEqual(['stand:digitale-doerfer', 'staff']);
    expect(roomsOf('public')).toEqual(['public']);
    expect(roomsOf('staff')).toEqual(['staff']);
    expect(roomsOf('internal')).toEqual([]);
  });

  it('puts attendees in the public room, moderators and organizers also in staff, and a host in their own stand’s room only', () => {
    expect(roomsFor({ role: 'attendee', deviceId: 'd1.a.b' })).toEqual(['public']);
    expect(roomsFor({ role: 'moderator' })).toEqual(['public', 'staff']);
    expect(roomsFor({ role: 'organizer' })).toEqual(['public', 'staff']);
    expect(roomsFor({ role: 'host', standId: 'digitale-doerfer' })).toEqual(['public', 'stand:digitale-doerfer']);
    // A stand only comes with a host's code: anyone else carrying one gets no stand room.
    expect(roomsFor({ role: 'moderator', standId: 'digitale-doerfer' })).toEqual(['public', 'staff']);
    expect(roomsFor({ role: 'host' })).toEqual(['public']);
  });

  it('shows a stand’s change to staff and that stand’s hosts, never to attendees or another stand', () => {
    expect(isVisibleIn('stand:digitale-doerfer', new Set(['public', 'staff']))).toBe(true);
    expect(isVisibleIn('stand:digitale-doerfer', new Set(['public', 'stand:digitale-doerfer']))).toBe(true);
    expect(isVisibleIn('stand:digitale-doerfer', new Set(['public']))).toBe(false);
    expect(isVisibleIn('stand:digitale-doerfer', new Set(['public', 'stand:smarte-lichtmasten']))).toBe(false);
    expect(isVisibleIn('internal', new Set(['public', 'staff']))).toBe(false);
  });

  it('reads a view from the log by its audiences: all of them for staff, else the public and stand rooms only', () => {
    expect(audiencesFor(['public', 'staff', 'stand:digitale-doerfer'])).toBeNull();
    expect(audiencesFor(['public'])).toEqual(['public']);
    expect(audiencesFor(['public', 'stand:digitale-doerfer', 'device:d1'])).toEqual(['public', 'stand:digitale-doerfer']);
  });

  it('gives the same rooms in any order one view, and different rooms different views, without reordering the caller’s list', () => {
    const rooms = ['stand:digitale-doerfer', 'public'];
    expect(viewKey(rooms)).toBe(viewKey(['public', 'stand:digitale-doerfer']));
    expect(rooms).toEqual(['stand:digitale-doerfer', 'public']);
    expect(viewKey(['public', 'stand:a'])).not.toBe(viewKey(['publicstand:a']));
  });
});
