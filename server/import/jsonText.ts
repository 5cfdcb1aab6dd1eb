import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { FieldIssue } from '../../shared/errors.js';
import { lineAt } from './sourceModel.js';

/** JSON.parse; on a syntax error, the issue names the line, which V8's messages do not always give. */
export function parseJsonText(content: string): { ok: true; value: unknown } | { ok: false; issue: FieldIssue } {
  const text = content.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const message = error instanceof Error ? error.message : String(error);
    if (!first) return { ok: false, issue: { path: 'content', message: `not valid JSON: ${message}` } };
    return { ok: false, issue: { path: `line ${lineAt(text, first.offset)}`, message: `not valid JSON: ${printParseErrorCode(first.error)}` } };
  }
}

export type JsonPathPart = string | number;

/**
 * Lines of a JSON document's values, found by path. A path that does not exist (a missing
 * field) gives the line of the nearest value above it, i.e. the object that lacks the field.
 */
export function jsonLines(content: string): (path: readonly JsonPathPart[]) => number | null {
  const root = parseTree(content.replace(/^\uFEFF/, ''));
  return (path) => {
    if (!root) return null;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(root, [...path.slice(0, depth)]);
      if (node) return lineAt(content, node.offset);
    }
    return null;
  };
}

/** A readable path: schedule.conference.days[1].rooms["Großer Saal"][0].start */
export function jsonPath(parts: readonly PropertyKey[]): string {
  return parts
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`;
      const key = String(part);
      if (/^[A-Za-z_$][\w$]*$/.test(key)) return index === 0 ? key : `.${key}`;
      return `[${JSON.stringify(key)}]`;
    })
    .join('');
}
