import type { FieldIssue } from '../../shared/errors.js';

/** No programme format nests this deep; the JSON tree reader and the XML parser recurse per level. */
export const maxNesting = 64;

/**
 * How deep brackets or elements nest, found by one pass without recursion, so a file nested
 * thousands deep gets a clear refusal instead of a stack overflow in a parser.
 */
export function nestingIssue(content: string): FieldIssue | null {
  const xml = content.replace(/^\uFEFF/, '').trimStart().startsWith('<');
  let depth = 0;
  let inString = false;
  for (let i = 0; i < content.length; i++) {
    const ch = content.charCodeAt(i);
    if (xml) {
      if (ch !== 60) continue; // <
      const next = content.charCodeAt(i + 1);
      if (next === 47) depth--; // </
      else if (next === 33 || next === 63) continue; // <! and <? open nothing
      else if (content.charCodeAt(content.indexOf('>', i) - 1) !== 47) depth++; // not self-closing <x/>
      else continue;
    } else if (inString) {
      if (ch === 92) i++; // backslash escapes the next character
      else if (ch === 34) inString = false;
      continue;
    } else if (ch === 34) {
      inString = true;
      continue;
    } else if (ch === 123 || ch === 91) depth++;
    else if (ch === 125 || ch === 93) depth--;
    else continue;
    if (depth > maxNesting) return { path: 'content', message: `nested more than ${maxNesting} levels deep` };
  }
  return null;
}
