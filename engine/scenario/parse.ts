/** Reads a scenario from text or an unknown value: migrated, validated, every problem with its JSON path. */
import { notValidJsonKo, type FileIssue } from '../text/file-issue';
import { issuesFromZod, type ScenarioIssue } from './issue-messages';
import { jsonErrorOffset } from './json-error-offset';
import { jsonPath } from './json-path';
import { migrateScenario } from './migrate';
import { scenarioSchema, type Scenario } from './schema';
import { scenarioTextIssue } from './text-checks';
import { validateAgainstSnapshot, type SnapshotCatalogue } from './validate-against-snapshot';

export { jsonPath, type ScenarioIssue };
export type ParseResult =
  | {
      ok: true;
      scenario: Scenario;
      migratedFrom: number | null;
      /** what a migration changed, to tell the user (empty when the file was current) */
      notes: FileIssue[];
    }
  | { ok: false; issues: ScenarioIssue[] };

export type ParseOptions = {
  /** also refuse what the price snapshot does not know (instance types) */
  readonly snapshot?: SnapshotCatalogue;
};

export function parseScenario(value: unknown, options: ParseOptions = {}): ParseResult {
  const migrated = migrateScenario(value);
  if (!migrated.ok) return migrated;
  const parsed = scenarioSchema.safeParse(migrated.doc, { reportInput: true });
  if (!parsed.success)
    return { ok: false, issues: issuesFromZod(scenarioSchema, migrated.doc, parsed.error) };
  if (options.snapshot) {
    const issues = validateAgainstSnapshot(parsed.data, options.snapshot);
    if (issues.length > 0) return { ok: false, issues };
  }
  return { ok: true, scenario: parsed.data, migratedFrom: migrated.migratedFrom, notes: migrated.notes };
}

/** Position (line:column, 1-based) of a character offset, for JSON syntax errors. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** A file's text (a leading UTF-8 BOM is accepted): size, text-ness, JSON syntax, then `parseScenario`. */
export function parseScenarioText(text: string, options: ParseOptions = {}): ParseResult {
  const refused = scenarioTextIssue(text);
  if (refused) return { ok: false, issues: [refused] };
  let value: unknown;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(body);
    const where = offset === null ? '' : ` at ${lineColumn(body, offset)}`;
    return {
      ok: false,
      issues: [
        { path: '$', message: `not valid JSON${where}: ${message}`, ko: notValidJsonKo(body, message) },
      ],
    };
  }
  return parseScenario(value, options);
}
