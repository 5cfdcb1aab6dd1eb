import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCircle, relativeImportsOf, sourceFiles } from '../support/importGraph.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const serverDir = resolve(root, 'server');

/** Feature folders: each may use shared/, the kernel and itself, never another feature's insides. */
const features = ['agenda', 'announcements', 'questions', 'stands', 'polls', 'import', 'eventSettings', 'access', 'ops', 'legal', 'privacy', 'signVideo', 'planImage', 'planEdit', 'library', 'drops', 'directory'];
/** What each layer of the server may import, besides shared/ and itself. */
const allowed: Record<string, readonly string[]> = {
  kernel: [],
  store: ['kernel'],
  transport: ['kernel'],
  /** The installation's events: which one an address means, the list and closing. */
  series: ['kernel'],
  ...Object.fromEntries(features.map((feature) => [feature, ['kernel']])),
};

/** "server/<folder>" or "shared" or "client" for a file; the server's root files are the composition root. */
function layerOf(path: string): string {
  const inside = relative(root, path).split(sep);
  if (inside[0] !== 'server') return inside[0] ?? '';
  return inside.length > 2 ? inside[1]! : 'root';
}

function edges(): Set<string> {
  const found = new Set<string>();
  for (const file of sourceFiles(serverDir)) {
    const from = layerOf(file);
    for (const target of relativeImportsOf(file)) {
      const to = layerOf(target);
      if (to !== from) found.add(`${from} → ${to}`);
    }
  }
  return found;
}

describe('the server’s layers', () => {
  const found = edges();

  it('are read from the imports (a parser that found nothing would pass every test below)', () => {
    expect(found).toContain('questions → kernel');
    expect(found).toContain('root → questions');
    expect(found).toContain('kernel → shared');
  });

  it('hold: the kernel imports no feature and no store; a feature imports only shared/, the kernel and itself', () => {
    const upward = [...found].filter((edge) => {
      const [from = '', to = ''] = edge.split(' → ');
      const may = allowed[from];
      return may !== undefined && to !== 'shared' && !may.includes(to);
    });
    expect(upward).toEqual([]);
  });

  it('form no circle', () => {
    expect(findCircle(found)).toBeNull();
  });

  it('name every folder of the server (a new one must be placed in a layer)', () => {
    const folders = new Set([...found].flatMap((edge) => edge.split(' → ')).filter((layer) => layer !== 'shared' && layer !== 'client'));
    const known = new Set([...Object.keys(allowed), 'root', 'demo']);
    expect([...folders].filter((folder) => !known.has(folder))).toEqual([]);
  });
});
