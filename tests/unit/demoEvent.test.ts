import { describe, expect, it } from 'vitest';
import { loadDemoEvent } from '../../server/demo/loadDemoEvent.js';
import { formatTime } from '../../shared/time.js';

describe('the demo event from the press release', () => {
  it('has the opening, the named talks and the stands of the Markt der Projekte', () => {
    const demo = loadDemoEvent();
    expect(demo.event.venue).toBe('Fraunhofer-Zentrum Kaiserslautern');
    const titles = demo.sessions.map((s) => s.title).join(' | ');
    for (const name of ['Bürgerportal Cochem-Zell', 'Digitalisierung Rechnungswesen', 'Digitale Dörfer', 'Westpfalz Wiki', 'Kaiserslautern', 'Markt der Projekte']) {
      expect(titles).toContain(name);
    }
    const stands = demo.stands.map((s) => s.name).join(' | ');
    for (const name of ['Smarte Lichtmasten', 'Digitale Dörfer', 'E-Scooter', 'VR-Time-Travel', 'Ausweisterminal', 'MoGII', 'Digitale Kita', 'epicsave', 'Social Wall', 'Park-Apps']) {
      expect(stands).toContain(name);
    }
    expect(demo.sessions.every((s) => demo.rooms.some((r) => r.id === s.roomId))).toBe(true);
  });

  it('moves to another day keeping Berlin wall-clock times, also into winter time', () => {
    const winter = loadDemoEvent('2026-11-24');
    const opening = winter.sessions.find((s) => s.id === 'eroeffnung')!;
    expect(opening.startsAt).toBe('2026-11-24T08:30:00.000Z');
    expect(formatTime(opening.startsAt, 'Europe/Berlin')).toBe('09:30');
  });
});
