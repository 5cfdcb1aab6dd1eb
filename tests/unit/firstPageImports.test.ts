import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * The first page (client/main.tsx and what it imports statically) must stay small: zod and
 * socket.io-client are loaded with the socket module after the stored state is on screen
 * (client/sync/connection.ts). One static import of zod anywhere on that path puts ~28 KB gzip
 * back on every cold start, and only the benchmark would notice; this test names the path.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const entry = join(root, 'client/main.tsx');
const kept = ['zod', 'socket.io-client'];

/** Module specifiers a file imports for its values; `import type` and dynamic imports vanish or load later. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) {
      if (ts.isStringLiteral(statement.moduleSpecifier)) specifiers.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier) {
      if (ts.isStringLiteral(statement.moduleSpecifier)) specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers;
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier.replace(/\.js$/, ''));
  return ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((path) => existsSync(path)) ?? null;
}

/** Breadth-first from the entry: the import chain to the first module of `pkg`, or null. */
function chainTo(pkg: string): string[] | null {
  const parent = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  for (let file = queue.shift(); file; file = queue.shift()) {
    for (const specifier of staticImports(file)) {
      if (specifier === pkg || specifier.startsWith(`${pkg}/`)) {
        const chain = [specifier];
        for (let at: string | null | undefined = file; at; at = parent.get(at)) chain.unshift(relative(root, at));
        return chain;
      }
      if (!specifier.startsWith('.')) continue;
      const next = resolveLocal(file, specifier);
      if (next && !parent.has(next)) {
        parent.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

describe('first page', () => {
  it.each(kept)('does not import %s statically', (pkg) => {
    expect(chainTo(pkg)).toBeNull();
  });

  it('finds a package that is on the first page (the walk works)', () => {
    expect(chainTo('solid-js')).not.toBeNull();
  });
});
