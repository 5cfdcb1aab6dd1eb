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

describe('client feature folders', () => {
  it('find the imports between them', () => {
    // A parser that finds nothing would pass the next test however tangled the folders are.
    expect(featureEdges()).toContain('myAgenda → agenda');
  });

  it('never import each other both ways: what two features share lives in a neutral place', () => {
    const edges = featureEdges();
    const bothWays = [...edges].filter((edge) => {
      const [from, to] = edge.split(' → ');
      return from! < to! && edges.has(`${to} → ${from}`);
    });
    expect(bothWays).toEqual([]);
  });
});
