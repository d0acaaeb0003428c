import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withEditedTable } from '../../engine/prices/testing/bundled-files';
import { assertCheckedAsWritten, readSnapshotFolder, verifySnapshot } from './verified-snapshot';

const files = readSnapshotFolder(fileURLToPath(new URL('../../pricing-data/', import.meta.url)));
type Json = Record<string, unknown>;

describe('verifySnapshot (the build check whose result lets the app skip the schemas)', () => {
  it("gives the bundled manifest's sha256 once every table passes", () => {
    const manifest = files['manifest.json'] ?? '';
    expect(verifySnapshot(files)).toBe(createHash('sha256').update(manifest).digest('hex'));
  });

  it('fails on a table that breaks its schema, naming the file and the place', () => {
    const broken = withEditedTable(files, 'ebs.json', (json) => {
      const first = (json.regions as Record<string, Json[]>)['us-east-1']?.[0];
      if (first) first.unitPrice = 0.08;
    });
    expect(() => verifySnapshot(broken)).toThrow(/ebs\.json: at regions\.us-east-1\.0/);
  });

  it('fails on a key the schema does not know (the schemas are strict)', () => {
    const extra = withEditedTable(files, 'lambda.json', (json) => {
      json.unexpected = 'kept by JSON.parse';
    });
    expect(() => verifySnapshot(extra)).toThrow(/lambda\.json: at \(root\): Unrecognized key: "unexpected"/);
  });

  it('refuses a checked table that differs from its JSON (what a schema default would do)', () => {
    const text = '{"table":"lambda","regions":{}}';
    expect(() => assertCheckedAsWritten('lambda.json', JSON.parse(text), text)).not.toThrow();
    expect(() =>
      assertCheckedAsWritten('lambda.json', { table: 'lambda', regions: {}, tier: 'default' }, text),
    ).toThrow(/lambda\.json: its schema changes the parsed JSON/);
  });

  it('fails on a table that does not match its manifest sha256', () => {
    expect(() => verifySnapshot({ ...files, 's3.json': `${files['s3.json'] ?? ''} ` })).toThrow(
      /s3\.json: sha256 mismatch/,
    );
  });
});
