import { describe, expect, it } from 'vitest';
import { emptyState } from '../../shared/publicState.js';
import { applyChanges } from '../../shared/reducer.js';
import { shapeBounds } from '../../shared/standsImport.js';
import { loadDemoEvent } from '../../server/demo/loadDemoEvent.js';
import { parseStandsFile } from '../../server/import/standsFile.js';
import { committed, fixture } from '../fixtures/import/importKit.js';

const demo = applyChanges(emptyState, committed([{ type: 'programme:loaded', audience: 'public', data: loadDemoEvent('2026-05-14') }]));
const text = fixture('stands.json');
const edit = (change: (file: ReturnType<typeof JSON.parse>) => void) => {
  const file = JSON.parse(text);
  change(file);
  return JSON.stringify(file, null, 2);
};
const issuesOf = (content: string) => {
  const parsed = parseStandsFile(content, demo);
  if (parsed.ok) throw new Error('the file was accepted');
  return parsed.issues;
};

describe('stands and floor plan file', () => {
  it('reads stands with what they took and cost, and a plan of plain shapes and labels', () => {
    const parsed = parseStandsFile(text, demo);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const { stands, floorPlan } = parsed.file;
    expect(stands).toHaveLength(4);
    expect(stands[0]).toMatchObject({
      id: 'smarte-lichtmasten',
      implementation: expect.stringContaining('Stadtwerken'),
      cost: 'ca. 180.000 € für 60 Masten, davon 70 % gefördert',
      contact: { email: 'lichtmasten@example.org' },
      roomId: 'foyer',
    });
    expect(stands[2]).toMatchObject({ implementation: '', cost: '', contact: {} });
    expect(floorPlan.viewBox).toEqual({ x: 0, y: 0, width: 1000, height: 600 });
    expect(floorPlan.places.map((p) => p.shape.type)).toEqual(['rect', 'rect', 'polygon', 'rect', 'rect', 'circle', 'polygon']);
    expect(shapeBounds(floorPlan.places[5]!.shape)).toEqual({ x1: 750, y1: 110, x2: 850, y2: 210 });
  });

  it('names the line and field of a bad value', () => {
    const content = edit((f) => { f.stands[1].contact.email = 'keine Mail'; });
    const [issue] = issuesOf(content);
    const line = content.slice(0, content.indexOf('"keine Mail"')).split('\n').length;
    expect(issue).toEqual({ path: `line ${line}: stands[1].contact.email`, message: expect.stringMatching(/email/i) });
  });

  it('refuses unknown rooms, duplicate ids, places pointing nowhere or off the plan, and stands missing from it', () => {
    const content = edit((f) => {
      f.stands[0].roomId = 'kantine';
      f.stands[3].id = 'dorf-funk';
      f.floorPlan.places[3].refId = 'gibt-es-nicht';
      f.floorPlan.places[4].shape.x = 950;
    });
    expect(issuesOf(content)).toEqual([
      { path: 'stands[3].id', message: 'duplicate stand id "dorf-funk"' },
      { path: 'stands[0].roomId', message: 'unknown room "kantine"' },
      { path: 'floorPlan.places[3].refId', message: 'unknown stand "gibt-es-nicht"' },
      { path: 'floorPlan.places[4].shape', message: 'lies outside the viewBox' },
      { path: 'floorPlan.places[6].refId', message: 'unknown stand "escooter-test"' },
      { path: 'stands[0]', message: 'stand "smarte-lichtmasten" has no place on the floor plan' },
    ]);
  });

  it('refuses markup where the plan expects geometry, and broken JSON with its line', () => {
    const svgPath = edit((f) => { f.floorPlan.places[0].shape = { type: 'path', d: 'M0 0 L10 10' }; });
    expect(issuesOf(svgPath)[0]?.path).toMatch(/^line \d+: floorPlan\.places\[0\]\.shape\.type$/);
    expect(issuesOf('{\n  "version": 1,\n  "stands": [,]\n}')[0]?.path).toBe('line 3');
  });
});
