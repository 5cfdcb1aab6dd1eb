import type { FieldIssue } from '../../shared/errors.js';
import type { PublicState } from '../../shared/publicState.js';
import { standsFileIssues, standsFileSchema, type StandsFile } from '../../shared/standsImport.js';
import { jsonLines, jsonPath, parseJsonText, type JsonPathPart } from './jsonText.js';

/** "line 12: stands[3].cost": the line of the field, or of the object that lacks it. */
function locate(lineOf: (path: readonly JsonPathPart[]) => number | null, path: readonly PropertyKey[]): string {
  const line = lineOf(path.flatMap((part) => (typeof part === 'symbol' ? [] : [part])));
  return line === null ? jsonPath(path) : `line ${line}: ${jsonPath(path)}`;
}

/** The stands and floor-plan file, checked in full against the programme's rooms; every problem is named. */
export function parseStandsFile(content: string, state: PublicState): { ok: true; file: StandsFile } | { ok: false; issues: FieldIssue[] } {
  const json = parseJsonText(content);
  if (!json.ok) return { ok: false, issues: [json.issue] };
  const parsed = standsFileSchema.safeParse(json.value);
  if (!parsed.success) {
    const lineOf = jsonLines(content);
    const issues = parsed.error.issues.map((issue) => ({ path: locate(lineOf, issue.path), message: issue.message }));
    return { ok: false, issues: issues.slice(0, 100) };
  }
  const issues = standsFileIssues(parsed.data, new Set(Object.keys(state.rooms)));
  return issues.length ? { ok: false, issues: issues.slice(0, 100) } : { ok: true, file: parsed.data };
}
