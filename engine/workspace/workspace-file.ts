/**
 * The workspace file (`*.cloudsizer-workspace.json`, also what the desktop autosave stores): a list of
 * scenarios, each exactly a scenario file's content (so each goes through the scenario migrations), with
 * the workspace's ids and the active one.
 *
 *   { "workspaceVersion": 1, "activeId": "s2", "scenarios": [{ "id": "s1", "scenario": { …scenario… } }, …] }
 */
import { z } from 'zod';
import { parseScenario, type ScenarioIssue } from '../scenario/parse';
import { scenarioSchema } from '../scenario/schema';
import { scenarioTextIssue } from '../scenario/text-checks';
import { issueUnder, notValidJsonKo, type FileIssue } from '../text/file-issue';
import { withJosa } from '../text/josa';
import { bilingual, zodFileIssues } from '../text/zod-korean';
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
          id: z
            .string()
            .regex(
              /^s[1-9]\d{0,3}$/,
              bilingual(
                'id: "s" and a number, e.g. "s1"',
                'ID는 "s" 뒤에 숫자를 붙인 형식이어야 합니다 (예: "s1")',
              ),
            ),
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
          params: { ko: `${withJosa(`ID "${entry.id}"`, '이')} 중복됩니다` },
        });
      seen.add(entry.id);
    });
    if (file.activeId !== null && !seen.has(file.activeId))
      ctx.addIssue({
        code: 'custom',
        path: ['activeId'],
        message: `no scenario has id "${file.activeId}"`,
        params: { ko: `ID가 "${file.activeId}"인 시나리오가 없습니다` },
      });
  });

export type WorkspaceParseResult =
  { ok: true; workspace: Workspace; notes: FileIssue[] } | { ok: false; issues: ScenarioIssue[] };

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
            ko: `더 새로운 CloudSizer에서 만든 작업 공간 파일입니다 (workspaceVersion ${version}): 이 버전은 workspaceVersion ${WORKSPACE_VERSION}까지 읽을 수 있으니 CloudSizer를 업데이트하세요`,
          },
        ],
      };
  }
  const shell = workspaceFileSchema.safeParse(value);
  if (!shell.success) return { ok: false, issues: zodFileIssues(workspaceFileSchema, value, shell.error) };
  const issues: ScenarioIssue[] = [];
  const notes: FileIssue[] = [];
  const entries = shell.data.scenarios.flatMap((entry, index) => {
    const parsed = parseScenario(entry.scenario);
    const prefix = `$.scenarios[${index}].scenario`;
    if (!parsed.ok) {
      issues.push(...parsed.issues.map((i) => issueUnder(prefix, i)));
      return [];
    }
    const name = parsed.scenario.name;
    notes.push(
      ...parsed.notes.map((note) => ({
        path: prefix,
        message: `${prefix} (${name}): ${note.message}`,
        ko: `시나리오 "${name}": ${note.ko ?? note.message}`,
      })),
    );
    return [{ id: entry.id, scenario: parsed.scenario }];
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, workspace: { entries, activeId: shell.data.activeId }, notes };
}

export function parseWorkspaceText(text: string): WorkspaceParseResult {
  const refused = scenarioTextIssue(text);
  if (refused) return { ok: false, issues: [refused] };
  let value: unknown;
  const body = text.replace(/^\uFEFF/, '');
  try {
    value = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [{ path: '$', message: `not valid JSON: ${message}`, ko: notValidJsonKo(body, message) }],
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
