import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCircle, sourceFiles, specifiersIn } from '../support/importGraph.js';

const featuresDir = resolve(fileURLToPath(new URL('../../client/features', import.meta.url)));

/** The feature folder a path lies in, or null outside client/features. */
function featureOf(path: string): string | null {
  const inside = relative(featuresDir, path);
  if (inside.startsWith('..') || inside === '') return null;
  return inside.split(sep)[0] ?? null;
}

/** "a → b" for every feature folder a whose files import something in feature folder b. */
function featureEdges(): Set<string> {
  const edges = new Set<string>();
  for (const file of sourceFiles(featuresDir)) {
    const from = featureOf(file);
    for (const specifier of specifiersIn(file)) {
      if (!specifier.startsWith('.')) continue;
      const to = featureOf(resolve(dirname(file), specifier));
      if (from && to && to !== from) edges.add(`${from} → ${to}`);
    }
  }
  return edges;
}

describe('client feature folders', () => {
  it('find the imports between them', () => {
    // A parser that finds nothing would pass the next test however tangled the folders are.
    expect(featureEdges()).toContain('myAgenda → agenda');
  });

  it('never import each other both ways: what two features share lives in a neutral place', () => {
    const edges = featureEdges();
    const bothWays = [...edges].filter((edge) => {
      const [from = '', to = ''] = edge.split(' → ');
      return from < to && edges.has(`${to} → ${from}`);
    });
    expect(bothWays).toEqual([]);
  });

  it('import each other in no longer circle either', () => {
    expect(findCircle(featureEdges())).toBeNull();
    expect(findCircle(new Set(['a → b', 'b → c', 'c → a']))).toEqual(['a', 'b', 'c', 'a']);
  });
});
