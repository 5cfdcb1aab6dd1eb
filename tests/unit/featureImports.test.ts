import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const featuresDir = resolve(fileURLToPath(new URL('../../client/features', import.meta.url)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every module a file names: static imports, re-exports and dynamic `import()`. */
function specifiersIn(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [first] = node.arguments;
      if (first && ts.isStringLiteral(first)) found.push(first.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

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

/** One circle of feature folders (a → b → … → a), or null when the imports form none. */
function findCircle(edges: Set<string>): string[] | null {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    const [from = '', to = ''] = edge.split(' → ');
    next.set(from, [...(next.get(from) ?? []), to]);
  }
  const done = new Set<string>();
  const visit = (node: string, path: string[]): string[] | null => {
    const seen = path.indexOf(node);
    if (seen >= 0) return [...path.slice(seen), node];
    if (done.has(node)) return null;
    for (const to of next.get(node) ?? []) {
      const circle = visit(to, [...path, node]);
      if (circle) return circle;
    }
    done.add(node);
    return null;
  };
  for (const node of next.keys()) {
    const circle = visit(node, []);
    if (circle) return circle;
  }
  return null;
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
