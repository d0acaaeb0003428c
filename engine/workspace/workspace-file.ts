/**
 * The workspace file (`*.cloudsizer-workspace.json`, also what the desktop autosave stores): a list of
 * scenarios, each exactly a scenario file's content (so each goes through the scenario migrations), with
 * the workspace's ids and the active one.
 *
 *   { "workspaceVersion": 1, "activeId": "s2", "scenarios": [{ "id": "s1", "scenario": { …scenario… } }, …] }
 */
import { z } from 'zod';
import { jsonPath, parseScenario, type ScenarioIssue } from '../scenario/parse';
import { scenarioSchema } from '../scenario/schema';
import { checkScenarioText } from '../scenario/text-checks';
import { MAX_SCENARIOS, type Workspace } from './workspace';

export const WORKSPACE_VERSION = 1;
export const WORKSPACE_EXTENSION = '.cloudsizer-workspace.json';

export const workspaceFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    workspaceVersion: z.literal(WORKSPACE_VERSION),
    activeId: z.string().nullable(),
    scenarios: z
      .array(
        z.strictObject({
          id: z.string().regex(/^s[1-9]\d{0,3}$/, 'id: "s" and a number, e.g. "s1"'),
          scenario: z.unknown(),
        }),
      )
      .max(MAX_SCENARIOS),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.scenarios.forEach((entry, index) => {
      if (seen.has(entry.id))
        ctx.addIssue({
          code: 'custom',
          path: ['scenarios', index, 'id'],
          message: `duplicate id "${entry.id}"`,
        });
      seen.add(entry.id);
    });
    if (file.activeId !== null && !seen.has(file.activeId))
      ctx.addIssue({ code: 'custom', path: ['activeId'], message: `no scenario has id "${file.activeId}"` });
  });

export type WorkspaceParseResult =
  { ok: true; workspace: Workspace; notes: string[] } | { ok: false; issues: ScenarioIssue[] };

export function parseWorkspace(value: unknown): WorkspaceParseResult {
  if (typeof value === 'object' && value !== null && 'workspaceVersion' in value) {
    const version = (value as { workspaceVersion: unknown }).workspaceVersion;
    if (typeof version === 'number' && version > WORKSPACE_VERSION)
      return {
        ok: false,
        issues: [
          {
            path: '$.workspaceVersion',
            message: `workspaceVersion ${version} was written by a newer CloudSizer; this version reads up to ${WORKSPACE_VERSION}`,
          },
        ],
      };
  }
  const shell = workspaceFileSchema.safeParse(value);
  if (!shell.success)
    return {
      ok: false,
      issues: shell.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })),
    };
  const issues: ScenarioIssue[] = [];
  const notes: string[] = [];
  const entries = shell.data.scenarios.flatMap((entry, index) => {
    const parsed = parseScenario(entry.scenario);
    const prefix = `$.scenarios[${index}].scenario`;
    if (!parsed.ok) {
      issues.push(...parsed.issues.map((i) => ({ path: prefix + i.path.slice(1), message: i.message })));
      return [];
    }
    notes.push(...parsed.notes.map((n) => `${prefix} (${parsed.scenario.name}): ${n}`));
    return [{ id: entry.id, scenario: parsed.scenario }];
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, workspace: { entries, activeId: shell.data.activeId }, notes };
}

export function parseWorkspaceText(text: string): WorkspaceParseResult {
  const refused = checkScenarioText(text);
  if (refused) return { ok: false, issues: [{ path: '$', message: refused }] };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      issues: [
        { path: '$', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` },
      ],
    };
  }
  return parseWorkspace(value);
}

/** Stable text: keys in schema order, 2-space JSON, trailing newline. */
export function serializeWorkspace(ws: Workspace): string {
  const file = {
    workspaceVersion: WORKSPACE_VERSION,
    activeId: ws.activeId,
    scenarios: ws.entries.map((e) => ({ id: e.id, scenario: scenarioSchema.parse(e.scenario) })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
