import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../shared/textFold.js';
import { alternativesOf, meaningfulTerms } from '../../shared/queryWords.js';
import { indexStands, searchStands } from '../../client/features/stands/standSearch.js';
import { standsFileSchema } from '../../shared/standsImport.js';

const demo = standsFileSchema.parse(JSON.parse(readFileSync(new URL('../../server/demo/demoStands.json', import.meta.url), 'utf8')));
const demoIndex = indexStands(demo.stands);
const ids = (query: string) => searchStands(demoIndex, query).map((stand) => stand.id).sort();
/** The stands whose cost text speaks of costs, read from the data, not written down by hand. */
const costStands = demo.stands.filter((stand) => foldText(stand.cost).includes('kosten')).map((s) => s.id).sort();

describe('stand search over what people ask about', () => {
  it('"Kosten" finds every stand whose cost text names costs', () => {
    expect(costStands.length).toBeGreaterThanOrEqual(6);
    expect(ids('Kosten')).toEqual(expect.arrayContaining(costStands));
  });

  it('"Preis" and "was kostet" find them too', () => {
    expect(ids('Preis')).toEqual(expect.arrayContaining(costStands));
    expect(ids('was kostet')).toEqual(expect.arrayContaining(costStands));
    expect(ids('teuer')).toEqual(expect.arrayContaining(costStands));
    expect(ids('how much does it cost')).toEqual(expect.arrayContaining(costStands));
  });

  it('searches the implementation text', () => {
    expect(ids('Parkscheinautomaten')).toEqual(['park-apps']);
    expect(ids('Ehrenamtlichen')).toContain('westpfalz-wiki');
  });

  it('a name hit still outranks a cost-text hit', () => {
    const index = indexStands([
      { name: 'Rathaus', municipality: '', topic: '', description: '', cost: 'Kita-Gebühren online' },
      { name: 'Kita-Portal', municipality: '', topic: '', description: '' },
    ]);
    expect(searchStands(index, 'Kita').map((s) => s.name)).toEqual(['Kita-Portal', 'Rathaus']);
  });

  it('drops question words only when something else is asked', () => {
    expect(meaningfulTerms(['was', 'kostet'])).toEqual(['kostet']);
    expect(meaningfulTerms(['was'])).toEqual(['was']);
    expect(alternativesOf('preis')[0]).toBe('preis');
    expect(ids('Schwimmbad Preis')).toEqual([]);
  });
});

describe('stand search over the profile a host wrote (issue 25)', () => {
  it('finds a stand by its short description, its partners in building it and its funding', () => {
    const edited = demo.stands.map((stand) =>
      stand.id === 'park-apps' ? { ...stand, summary: 'Parken per Handy', team: 'mit dem Zweckverband Mobilität', funding: 'Förderprogramm Digitale Dörfer' } : stand,
    );
    const search = (query: string) => searchStands(indexStands(edited), query).map((stand) => stand.id);
    expect(search('Zweckverband')).toEqual(['park-apps']);
    expect(search('Förderprogramm')).toContain('park-apps');
    expect(ids('Zweckverband')).toEqual([]);
  });
});
