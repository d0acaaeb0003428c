/**
 * Ordered migrations from older scenario versions to the current one. Version 1 is the first
 * published format; when version 2 arrives, add `1: (doc) => doc-as-v2` here and bump the schema.
 */
import { SCENARIO_SCHEMA_VERSION } from './schema';

export type MigrationIssue = { path: string; message: string };
type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** key = the version a migration upgrades FROM */
export const migrations: Readonly<Record<number, Migration>> = {};

export function migrateScenario(
  doc: unknown,
): { ok: true; doc: unknown; migratedFrom: number | null } | { ok: false; issues: MigrationIssue[] } {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return { ok: false, issues: [{ path: '$', message: 'a scenario must be a JSON object' }] };
  let current = doc as Record<string, unknown>;
  const version = current.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return {
      ok: false,
      issues: [
        {
          path: '$.schemaVersion',
          message: `schemaVersion must be a whole number ≥ 1 (found ${JSON.stringify(version)})`,
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
        },
      ],
    };
  for (let v = version; v < SCENARIO_SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step)
      return {
        ok: false,
        issues: [{ path: '$.schemaVersion', message: `no migration from schemaVersion ${v}` }],
      };
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return { ok: true, doc: current, migratedFrom: version === SCENARIO_SCHEMA_VERSION ? null : version };
}
