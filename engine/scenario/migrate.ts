/**
 * Ordered migrations from older scenario versions to the current one (version 0 = the pre-release format).
 * When version 2 arrives, add `1: (doc) => doc-as-v2` here and bump the schema.
 */
import { v0ToV1 } from './migrations/v0-to-v1';
import type { FileIssue } from '../text/file-issue';
import { SCENARIO_SCHEMA_VERSION } from './schema';

export type MigrationIssue = FileIssue;
type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** key = the version a migration upgrades FROM */
export const migrations: Readonly<Record<number, Migration>> = { 0: v0ToV1 };

export type MigrationResult =
  | { ok: true; doc: unknown; migratedFrom: number | null; notes: FileIssue[] }
  | { ok: false; issues: MigrationIssue[] };

export function migrateScenario(doc: unknown): MigrationResult {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return {
      ok: false,
      issues: [
        {
          path: '$',
          message: 'a scenario must be a JSON object',
          ko: '시나리오 파일은 JSON 객체({ … })여야 합니다',
        },
      ],
    };
  let current = doc as Record<string, unknown>;
  const version = current.schemaVersion;
  if (version === undefined && 'workspaceVersion' in current)
    return {
      ok: false,
      issues: [
        {
          path: '$',
          message:
            'this is a CloudSizer workspace file (several scenarios), not a single scenario: open it as a workspace',
          ko: '시나리오 하나가 아니라 여러 시나리오를 담은 CloudSizer 작업 공간 파일입니다: 작업 공간으로 여세요',
        },
      ],
    };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return {
      ok: false,
      issues: [
        {
          path: '$.schemaVersion',
          message: `schemaVersion must be a whole number ≥ 0 (found ${JSON.stringify(version) ?? 'nothing'})`,
          ko:
            version === undefined
              ? 'schemaVersion이 없습니다: 0 이상의 정수여야 합니다'
              : `schemaVersion은 0 이상의 정수여야 합니다 (입력값: ${JSON.stringify(version)})`,
        },
      ],
    };
  if (version > SCENARIO_SCHEMA_VERSION)
    return {
      ok: false,
      issues: [
        {
          path: '$.schemaVersion',
          message: `schemaVersion ${version} was written by a newer CloudSizer; this version reads up to ${SCENARIO_SCHEMA_VERSION}`,
          ko: `더 새로운 CloudSizer에서 만든 파일입니다 (schemaVersion ${version}): 이 버전은 schemaVersion ${SCENARIO_SCHEMA_VERSION}까지 읽을 수 있으니 CloudSizer를 업데이트하세요`,
        },
      ],
    };
  for (let v = version; v < SCENARIO_SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step)
      return {
        ok: false,
        issues: [
          {
            path: '$.schemaVersion',
            message: `no migration from schemaVersion ${v}`,
            ko: `schemaVersion ${v}에서 새 형식으로 바꾸는 변환이 없습니다`,
          },
        ],
      };
    current = { ...step(current), schemaVersion: v + 1 };
  }
  if (version === SCENARIO_SCHEMA_VERSION) return { ok: true, doc: current, migratedFrom: null, notes: [] };
  return {
    ok: true,
    doc: current,
    migratedFrom: version,
    notes: [
      {
        path: '$',
        message: `converted from schemaVersion ${version} to ${SCENARIO_SCHEMA_VERSION}; saving writes the new format (older CloudSizer versions cannot read it)`,
        ko: `schemaVersion ${version} 형식을 ${SCENARIO_SCHEMA_VERSION} 형식으로 바꿨습니다. 저장하면 새 형식으로 저장되어 이전 버전의 CloudSizer에서는 열 수 없습니다`,
      },
    ],
  };
}
