/** Reads a scenario from text or an unknown value: migrated, validated, every problem with its JSON path. */
import type { z } from 'zod';
import { jsonErrorOffset } from './json-error-offset';
import { migrateScenario } from './migrate';
import { scenarioSchema, type Scenario } from './schema';

export type ScenarioIssue = { path: string; message: string };
export type ParseResult =
  { ok: true; scenario: Scenario; migratedFrom: number | null } | { ok: false; issues: ScenarioIssue[] };

/** `["items", 2, "count"]` → `$.items[2].count` */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `${acc}.${name}` : `${acc}[${JSON.stringify(name)}]`;
  }, '$');
}

function issuesFromZod(error: z.ZodError): ScenarioIssue[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}

export function parseScenario(value: unknown): ParseResult {
  const migrated = migrateScenario(value);
  if (!migrated.ok) return migrated;
  const parsed = scenarioSchema.safeParse(migrated.doc);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  return { ok: true, scenario: parsed.data, migratedFrom: migrated.migratedFrom };
}

/** Position (line:column, 1-based) of a character offset, for JSON syntax errors. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

export function parseScenarioText(text: string): ParseResult {
  let value: unknown;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(body);
    const where = offset === null ? '' : ` at ${lineColumn(body, offset)}`;
    return { ok: false, issues: [{ path: '$', message: `not valid JSON${where}: ${message}` }] };
  }
  return parseScenario(value);
}
