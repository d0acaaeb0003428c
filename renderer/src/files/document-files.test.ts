import { describe, expect, it } from 'vitest';
import { duplicateScenario, serializeWorkspace, workspaceOf } from '../../../engine/workspace';
import { defaultScenario } from '../app/default-scenario';
import { readDocumentFile, readDocumentText, workspaceFileName } from './document-files';
import { scenarioText } from './scenario-files';

const seoul = defaultScenario('ko');

describe('readDocumentText', () => {
  it('reads a scenario file as a scenario', () => {
    const read = readDocumentText(scenarioText(seoul), 'a.cloudsizer.json');
    expect(read).toMatchObject({ ok: true, kind: 'scenario', scenario: seoul });
  });

  it('reads a workspace file (with a BOM) as the whole workspace, whatever its name', () => {
    const ws = duplicateScenario(workspaceOf([seoul]), 's1', '서울 (사본)');
    const read = readDocumentText(`\uFEFF${serializeWorkspace(ws)}`, 'w.cloudsizer.json');
    expect(read.ok && read.kind).toBe('workspace');
    if (!read.ok || read.kind !== 'workspace') return;
    expect(read.workspace.entries.map((e) => e.scenario.name)).toEqual(['서울 웹 서비스', '서울 (사본)']);
    expect(read.workspace.activeId).toBe('s2');
  });

  it('lists the problems of a workspace file with full JSON paths, and refuses an empty one', () => {
    const doc = JSON.parse(serializeWorkspace(workspaceOf([seoul]))) as {
      scenarios: { scenario: { region: string } }[];
    };
    doc.scenarios[0]!.scenario.region = 'mars-1';
    const bad = readDocumentText(JSON.stringify(doc), 'w.json');
    expect(!bad.ok && bad.issues.map((i) => i.path)).toEqual(['$.scenarios[0].scenario.region']);
    const empty = readDocumentText('{"workspaceVersion":1,"activeId":null,"scenarios":[]}', 'e.json');
    expect(!empty.ok && empty.issues[0]).toEqual({
      path: '$.scenarios',
      message: 'the workspace holds no scenario; it needs at least one',
      ko: '작업 공간에 시나리오가 없습니다: 시나리오가 하나 이상 있어야 합니다',
    });
  });

  it('says where a JSON syntax error is, and refuses a newer workspace version', () => {
    const broken = readDocumentText('{\n "workspaceVersion": 1,\n oops', 'b.json');
    expect(!broken.ok && broken.issues[0]?.message).toMatch(/not valid JSON at line 3/);
    const future = readDocumentText('{"workspaceVersion":9,"activeId":null,"scenarios":[]}', 'f.json');
    expect(!future.ok && future.issues[0]?.message).toMatch(/newer CloudSizer/);
  });

  it('names workspace files with their own ending', () => {
    expect(workspaceFileName('작업 공간')).toBe('작업 공간.cloudsizer-workspace.json');
  });
});

describe('readDocumentFile', () => {
  it('turns a file the browser cannot read into a problem in both languages, not a silent failure', async () => {
    const vanished = new File(['{}'], 'gone.cloudsizer.json');
    Object.defineProperty(vanished, 'text', {
      value: () => Promise.reject(new DOMException('A requested file could not be read', 'NotReadableError')),
    });
    expect(await readDocumentFile(vanished)).toEqual({
      ok: false,
      fileName: 'gone.cloudsizer.json',
      issues: [
        {
          path: '$',
          message: 'cannot read gone.cloudsizer.json: A requested file could not be read',
          ko: '"gone.cloudsizer.json" 파일을 읽을 수 없습니다: 고른 뒤에 옮기거나 지우지 않았는지, 읽기 권한이 있는지 확인하세요 (A requested file could not be read)',
        },
      ],
    });
  });
});
