import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCircle, relativeImportsOf, sourceFiles } from '../support/importGraph.js';

/*
 * shared/ is the ground both sides stand on: its files import each other in one direction only
 * (a circle held by a re-export or a type makes two modules one, and the order they load in an
 * accident), and never reach up into the client or the server.
 */

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const sharedDir = resolve(root, 'shared');
const name = (path: string) => relative(root, path).split(sep).join('/');

/** "shared/a.ts → shared/b.ts" for every relative import (type-only and re-exports included) of a file in shared/. */
function sharedEdges(): Set<string> {
  const edges = new Set<string>();
  for (const file of sourceFiles(sharedDir)) {
    for (const imported of relativeImportsOf(file)) edges.add(`${name(file)} → ${name(imported)}`);
  }
  return edges;
}

describe('the files of shared/', () => {
  it('find the imports between them', () => {
    // A parser that finds nothing would pass the tests below however tangled the files are.
    const edges = sharedEdges();
    expect(edges).toContain('shared/agenda.ts → shared/sessions.ts');
    expect(edges).toContain('shared/events.ts → shared/changes.ts'); // an `import type`
  });

  it('import each other in no circle', () => {
    expect(findCircle(sharedEdges())).toBeNull();
  });

  it('import nothing from the client or the server', () => {
    const upward = [...sharedEdges()].filter((edge) => / → (client|server)\//.test(edge));
    expect(upward).toEqual([]);
  });
});
