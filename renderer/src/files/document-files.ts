/**
 * What the Open command reads: a scenario file (`.cloudsizer.json`) or a workspace file
 * (`.cloudsizer-workspace.json`, also the desktop autosave), told apart by content, not by name (the
 * desktop Save dialog may add its own ending). Invalid files come back with every problem and its JSON path.
 */
import {
  parseScenario,
  parseScenarioText,
  type Scenario,
  scenarioTextIssue,
  type ScenarioIssue,
} from '../../../engine/scenario';
import {
  parseWorkspace,
  serializeWorkspace,
  WORKSPACE_EXTENSION,
  type Workspace,
} from '../../../engine/workspace';
import type { FileIssue } from '../../../engine/text/file-issue';
import { fileReadIssue, readFileText } from './read-file-text';
import { fileNameFor, MAX_SCENARIO_BYTES } from './scenario-files';

export type DocumentOutcome =
  | { ok: true; kind: 'scenario'; scenario: Scenario; notes: readonly FileIssue[] }
  | { ok: true; kind: 'workspace'; workspace: Workspace; notes: readonly FileIssue[] }
  | { ok: false; fileName: string; issues: readonly ScenarioIssue[] };

const WORKSPACE_KEY = /"workspaceVersion"\s*:/;

function parsedJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
}

function isWorkspaceDocument(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'workspaceVersion' in value;
}

export function readDocumentText(text: string, fileName: string): DocumentOutcome {
  const refuse = (issues: readonly ScenarioIssue[]): DocumentOutcome => ({ ok: false, fileName, issues });
  const refused = scenarioTextIssue(text);
  if (refused) return refuse([refused]);
  const json = WORKSPACE_KEY.test(text) ? parsedJson(text) : null;
  if (json?.ok && isWorkspaceDocument(json.value)) {
    const read = parseWorkspace(json.value);
    if (!read.ok) return refuse(read.issues);
    if (read.workspace.entries.length === 0)
      return refuse([
        {
          path: '$.scenarios',
          message: 'the workspace holds no scenario; it needs at least one',
          ko: '작업 공간에 시나리오가 없습니다: 시나리오가 하나 이상 있어야 합니다',
        },
      ]);
    return { ok: true, kind: 'workspace', workspace: read.workspace, notes: read.notes };
  }
  // parseScenarioText says where a JSON syntax error is
  const read = json?.ok ? parseScenario(json.value) : parseScenarioText(text);
  return read.ok
    ? { ok: true, kind: 'scenario', scenario: read.scenario, notes: read.notes }
    : refuse(read.issues);
}

/** A dropped or chosen File: too-large files are refused before they are read. */
export async function readDocumentFile(file: File): Promise<DocumentOutcome> {
  if (file.size > MAX_SCENARIO_BYTES) {
    const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
    return {
      ok: false,
      fileName: file.name,
      issues: [
        {
          path: '$',
          message: `the file is ${mb(file.size)}; the limit is ${mb(MAX_SCENARIO_BYTES)}`,
          ko: `파일 크기가 ${mb(file.size)}입니다: 최대 ${mb(MAX_SCENARIO_BYTES)}까지 열 수 있습니다`,
        },
      ],
    };
  }
  let text: string;
  try {
    text = await readFileText(file);
  } catch (error) {
    return { ok: false, fileName: file.name, issues: [fileReadIssue(file.name, error)] };
  }
  return readDocumentText(text, file.name);
}

export { serializeWorkspace as workspaceText, WORKSPACE_EXTENSION };

/** "작업 공간" → "작업 공간.cloudsizer-workspace.json" */
export function workspaceFileName(name: string): string {
  return fileNameFor(name, WORKSPACE_EXTENSION);
}
