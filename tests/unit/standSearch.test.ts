import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mailHref, telHref, webHref, webLabel } from '../../shared/contactLinks.js';
import { foldText } from '../../shared/textFold.js';
import { prefixDistance } from '../../shared/typoPrefix.js';
import {
  distinctTopics,
  indexStands,
  searchStands,
  withTopics,
  type SearchableStand,
} from '../../client/features/stands/standSearch.js';
import { standsFileSchema } from '../../shared/standsImport.js';
import { manyStands, typedQueries } from '../support/manyStands.js';

const demo = standsFileSchema.parse(JSON.parse(readFileSync(new URL('../../server/demo/demoStands.json', import.meta.url), 'utf8')));
const demoIndex = indexStands(demo.stands);
const names = (query: string) => searchStands(demoIndex, query).map((stand) => stand.name);

function stand(name: string, fields: Partial<SearchableStand> = {}): SearchableStand {
  return { name, municipality: '', topic: '', description: '', ...fields };
}

describe('folding', () => {
  it.each([
    ['Dörfer', 'dorfer'],
    ['Doerfer', 'dorfer'],
    ['DORFER', 'dorfer'],
    ['Straße', 'strasse'],
    ['STRASSE', 'strasse'],
    ['Übersicht', 'ubersicht'],
    ['Ueberblick', 'uberblick'],
    ['Äcker', 'acker'],
    ['Café Crème', 'cafe creme'],
    ['Łódź', 'lodz'],
  ])('%s → %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('finds umlauts however they are typed', () => {
    for (const query of ['Dörfer', 'Doerfer', 'Dorfer', 'dorfer', 'DÖRFER']) {
      expect(names(query), query).toContain('Digitale Dörfer');
    }
  });

  it('finds ß as ss and the other way round', () => {
    const index = indexStands([stand('Straßenlaternen'), stand('Wasserstrasse'), stand('Rathaus')]);
    expect(searchStands(index, 'strasse').map((s) => s.name)).toEqual(['Straßenlaternen', 'Wasserstrasse']);
    expect(searchStands(index, 'Straße').map((s) => s.name)).toEqual(['Straßenlaternen', 'Wasserstrasse']);
  });
});

describe('typos', () => {
  it('counts edits to the word or its beginning, swaps as one', () => {
    expect(prefixDistance('digitle', 'digitale', 1)).toBe(1);
    expect(prefixDistance('dgiitale', 'digitale', 2)).toBe(1);
    expect(prefixDistance('dorfr', 'dorfer', 1)).toBe(1);
    expect(prefixDistance('kita', 'kitaportal', 1)).toBe(0);
    expect(prefixDistance('schwimmbad', 'digitale', 2)).toBe(3);
  });

  it('"Digitle Dörfr" finds "Digitale Dörfer" first', () => {
    expect(names('Digitle Dörfr')[0]).toBe('Digitale Dörfer');
  });

  it('tolerates two typos in long words, none in short ones', () => {
    expect(names('Infrastrukur')).toContain('Smarte Lichtmasten');
    expect(names('Kaiserslatuern').length).toBeGreaterThan(5);
    expect(names('Kta')).not.toContain('Digitale Kita');
  });

  it('finds nothing for an unrelated query', () => {
    expect(names('Schwimmbad')).toEqual([]);
    expect(names('Digitale Schwimmbad')).toEqual([]);
  });
});

describe('matching and ranking', () => {
  it('searches municipality, topic and description, also inside compounds', () => {
    expect(names('Cochem')).toEqual(['Bürgerportal Cochem-Zell']);
    expect(names('mobilität')).toEqual(['E-Scooter', 'Park-Apps']);
    expect(names('Nachbarschaftshilfe')).toEqual(['Digitale Dörfer']);
    expect(names('portal')).toEqual(expect.arrayContaining(['Bürgerportal Cochem-Zell', 'Kitaportal']));
    expect(names('escooter')).toEqual(['E-Scooter']);
  });

  it('puts name matches before description matches', () => {
    const index = indexStands([
      stand('Anton', { description: 'Ein Portal für Kitas' }),
      stand('Kitaportal', { description: 'Anmeldung' }),
      stand('Berta', { topic: 'Kita' }),
    ]);
    expect(searchStands(index, 'kita').map((s) => s.name)).toEqual(['Kitaportal', 'Berta', 'Anton']);
  });

  it('ranks a name with a typo before an exact description match', () => {
    const index = indexStands([stand('Aaa', { description: 'Digitale Dörfer' }), stand('Digitale Dörfer')]);
    expect(searchStands(index, 'Digitle').map((s) => s.name)).toEqual(['Digitale Dörfer', 'Aaa']);
  });

  it('needs every word of the query', () => {
    expect(names('Digitale Kita')).toEqual(['Digitale Kita']);
  });

  it('returns all stands in name order for an empty or blank query', () => {
    const sorted = demo.stands.map((s) => s.name).sort((a, b) => a.localeCompare(b, 'de'));
    expect(names('')).toEqual(sorted);
    expect(names('  – ')).toEqual(sorted);
  });
});

describe('topics', () => {
  it('lists each topic once, alphabetically, and filters by any chosen one', () => {
    const topics = distinctTopics(demo.stands);
    expect(topics).toContain('Mobilität');
    expect(new Set(topics).size).toBe(topics.length);
    expect(topics).toEqual([...topics].sort((a, b) => a.localeCompare(b, 'de')));
    const mobility = withTopics(searchStands(demoIndex, ''), ['Mobilität', 'Bildung']);
    expect(mobility.map((s) => s.name)).toEqual(['Digitale Kita', 'E-Scooter', 'Park-Apps']);
    expect(withTopics(searchStands(demoIndex, 'app'), ['Mobilität']).map((s) => s.name)).toEqual(['Park-Apps']);
    expect(withTopics(demo.stands, [])).toHaveLength(demo.stands.length);
  });
});

describe('a large directory', () => {
  // How fast this is per keystroke is the benchmark's figure (tests/bench/guards.ts).
  it('finds stands among 1,000 by name with a typo, names first', () => {
    const index = indexStands(manyStands(1000));
    for (const query of typedQueries) expect(searchStands(index, query).length).toBeGreaterThan(0);
    const found = searchStands(index, 'verwaltnug');
    expect(found[0]?.name).toMatch(/Verwaltung$/);
    expect(found.filter((s) => s.name.endsWith('Verwaltung'))).toHaveLength(111);
  });
});

describe('contact links on the stand page', () => {
  it('dials numbers as people write them and links only web pages', () => {
    expect(telHref('+49 631 365-0')).toBe('tel:+496313650');
    expect(telHref('(0631) 365 0')).toBe('tel:06313650');
    expect(telHref('auf Anfrage')).toBeNull();
    expect(mailHref('dorf@example.org')).toBe('mailto:dorf@example.org');
    expect(mailHref('javascript:alert(1)')).toBeNull();
    expect(webHref('javascript:alert(1)')).toBeNull();
    expect(webHref('https://www.example.org/doerfer/')).toBe('https://www.example.org/doerfer/');
    expect(webLabel('https://www.example.org/doerfer/')).toBe('example.org/doerfer');
  });
});
