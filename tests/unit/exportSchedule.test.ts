import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { emptyState } from '../../shared/publicState.js';
import { applyChanges } from '../../shared/reducer.js';
import { loadDemoEvent } from '../../server/demo/loadDemoEvent.js';
import { frabXmlExport } from '../../server/import/frabXmlExport.js';
import { scheduleJsonExport } from '../../server/import/scheduleJsonExport.js';
import { diffProgramme } from '../../server/import/programmeDiff.js';
import { committed, fixture, fixtureGuid, imported, programmeOf } from '../fixtures/import/importKit.js';

const demo = applyChanges(emptyState, committed([{ type: 'programme:loaded', audience: 'public', data: loadDemoEvent('2026-05-14') }]));
const conference = imported(programmeOf('frab-xml', fixture('schedule.xml')));

const frab = (state = conference) => frabXmlExport(state, '7') ?? '';
const json = (state = conference) => JSON.stringify(scheduleJsonExport(state, '7'));

describe('frab XML export', () => {
  it('is well-formed XML with the conference, its days in the event zone and offsets across the DST change', () => {
    const xml = frab();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<time_zone_name>Europe/Berlin</time_zone_name>');
    expect(xml).toContain('<day index="1" date="2026-03-28"');
    expect(xml).toContain('<date>2026-03-28T09:30:00+01:00</date>');
    expect(xml).toContain('<date>2026-03-29T09:30:00+02:00</date>');
    // The night session belongs to the day it starts on and lasts its four real hours.
    expect(xml).toMatch(/<date>2026-03-28T22:00:00\+01:00<\/date>\s*<start>22:00<\/start>\s*<duration>04:00<\/duration>/);
    expect(xml).toContain('<state>cancelled</state>');
    expect(xml).toContain(`guid="${fixtureGuid(8)}"`);
  });

  it('escapes text, so titles and abstracts cannot break the document', () => {
    const tricky = { ...conference, sessions: { ...conference.sessions, x: { ...conference.sessions[fixtureGuid(1)]!, id: 'x', title: 'A <b> & "C"' } } };
    const xml = frab(tricky);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<title>A &lt;b&gt; &amp; &quot;C&quot;</title>');
  });
});

describe('export → re-import round trip', () => {
  it('changes nothing for an imported conference, through frab XML and through schedule.json', () => {
    expect(diffProgramme(conference, programmeOf('frab-xml', frab(), conference)).drafts).toEqual([]);
    expect(diffProgramme(conference, programmeOf('schedule-json', json(), conference)).drafts).toEqual([]);
  });

  it('keeps the ids of our own sessions and rooms, which are not UUIDs, through their exported guids', () => {
    const xml = frab(demo);
    expect(xml).not.toContain('guid="eroeffnung"');
    expect(xml).toMatch(/<event guid="[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}" id="\d+">/);
    expect(diffProgramme(demo, programmeOf('frab-xml', xml, demo)).drafts).toEqual([]);
    expect(diffProgramme(demo, programmeOf('schedule-json', json(demo), demo)).drafts).toEqual([]);
  });

  it('gives the same guids at every export', () => {
    expect(frab(demo)).toBe(frabXmlExport(demo, '7'));
  });
});
