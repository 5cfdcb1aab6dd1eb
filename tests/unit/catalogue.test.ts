import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { de } from '../../client/i18n/de.js';
import { en } from '../../client/i18n/en.js';

const clientDir = resolve(fileURLToPath(new URL('../../client', import.meta.url)));

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return componentFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** Attributes a person reads or hears; their text must come from the catalogue too. */
const spokenAttributes = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'label']);

/** Words in a component that bypass the catalogue: JSX text and spoken attributes with letters. */
function literalsIn(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && spokenAttributes.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const text = node.initializer.text;
      // A catalogue key handed to a component that translates it is not a literal.
      if (/\p{L}/u.test(text) && !Object.hasOwn(de, text)) found.push(`${node.name.getText()}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.map((text) => `${relative(clientDir, file)}: ${text}`);
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('string catalogues', () => {
  it('have no text in components outside the catalogue', () => {
    expect(componentFiles(clientDir).flatMap(literalsIn)).toEqual([]);
  });

  it('give every German string an English one with the same placeholders', () => {
    const keys = Object.keys(de);
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
    const mismatched = keys.filter((key) => {
      const german = Reflect.get(de, key);
      const english = Reflect.get(en, key);
      return typeof german !== 'string' || typeof english !== 'string' || english.trim() === ''
        || placeholders(german).join() !== placeholders(english).join();
    });
    expect(mismatched).toEqual([]);
  });
});
