import { describe, expect, it } from 'vitest';
import { TABLE_NAMES, type TableName } from '../../pricing-data/schema';
import { loadSnapshotLazy } from './lazy-snapshot';
import { loadSnapshot, SnapshotError } from './load-snapshot';
import { onDemandHourly } from './on-demand';
import { sha256Hex } from './sha256-hex';
import { bundledFiles, bundledSnapshot, withEditedTable } from './testing/bundled-files';

type Json = Record<string, unknown>;
const files = bundledFiles();
const fileOf = (name: TableName) => `${name}.json`;

function thrown(run: () => unknown): SnapshotError {
  try {
    run();
  } catch (error) {
    if (error instanceof SnapshotError) return error;
    throw error;
  }
  throw new Error('expected a SnapshotError');
}

describe('loadSnapshotLazy on the bundled tables', () => {
  it('checks nothing up front but the manifest, and gives the same tables as loadSnapshot', () => {
    const lazy = loadSnapshotLazy(files);
    expect(lazy.pending()).toEqual([...TABLE_NAMES]);
    expect(lazy.snapshot.manifest.snapshotId).toBe('2026-11-snapshot-1');
    expect(lazy.snapshot.onDemand.regions['ap-northeast-2']?.['m5.large']?.hourly).toBe('0.118');
    // on-demand names instance types, so the catalogue was checked (and indexed) with it
    expect(lazy.pending()).not.toContain('ec2-catalogue');
    expect(lazy.pending()).not.toContain('ec2-ondemand-linux');
    expect(lazy.pending()).toContain('ec2-spot-advisor');
    // exact Windows rates are checked on the first Windows lookup, not with the Linux rates
    expect(lazy.pending()).toContain('ec2-ondemand-windows');
    expect(onDemandHourly(lazy.snapshot, 'ap-northeast-2', 'x2iedn.32xlarge', 'windows')).toMatchObject({
      basis: 'exact',
    });
    expect(lazy.pending()).not.toContain('ec2-ondemand-windows');
    expect(lazy.snapshot.index.get('m7gd.2xlarge')?.vcpu).toBe(8);
    expect({ ...lazy.snapshot }).toEqual({ ...bundledSnapshot() });
    expect(lazy.pending()).toEqual([]);
  });

  it('validate() checks one table (and the catalogue it refers to) and nothing else', () => {
    const lazy = loadSnapshotLazy(files);
    lazy.validate('ec2-spot-advisor');
    expect(lazy.pending()).toEqual(
      TABLE_NAMES.filter((name) => name !== 'ec2-spot-advisor' && name !== 'ec2-catalogue'),
    );
    expect(lazy.snapshot.spot.regions['ap-northeast-2']?.linux?.['m5.large']).toBeDefined();
  });

  it('uses precomputed digests by file name instead of hashing, and each table is checked once', () => {
    const digests = Object.fromEntries(Object.entries(files).map(([file, text]) => [file, sha256Hex(text)]));
    const measured: TableName[] = [];
    const lazy = loadSnapshotLazy(files, {
      digests,
      sha256: () => {
        throw new Error('hashed although a digest was given');
      },
      measure: (name, check) => {
        measured.push(name);
        check();
      },
    });
    void lazy.snapshot.ebs;
    void lazy.snapshot.ebs;
    for (const name of TABLE_NAMES) lazy.validate(name);
    expect([...measured].sort()).toEqual([...TABLE_NAMES].sort());
  });
});

describe('loadSnapshotLazy refuses a broken table when it is used, with the same message as loadSnapshot', () => {
  it.each(TABLE_NAMES)(
    '%s with one byte changed: a sha256 mismatch on access, other tables still usable',
    (name) => {
      const text = files[fileOf(name)] ?? '';
      const tampered = { ...files, [fileOf(name)]: `${text.trimEnd()} \n` };
      const eager = thrown(() => loadSnapshot(tampered));
      const lazy = loadSnapshotLazy(tampered);
      const other = name === 'ebs' ? 'lambda' : 'ebs';
      expect(() => lazy.validate(other)).not.toThrow();
      const error = thrown(() => lazy.validate(name));
      expect(error.file).toBe(fileOf(name));
      expect(error.message).toBe(eager.message);
      expect(error.message).toMatch(/sha256 mismatch/);
      // it keeps refusing, also through the property and for tables that refer to it
      expect(thrown(() => lazy.validate(name))).toBe(error);
      if (name === 'ec2-catalogue') expect(thrown(() => lazy.snapshot.onDemand)).toBe(error);
    },
  );

  it('refuses a spot entry for a type the catalogue lacks only when spot is used', () => {
    const broken = withEditedTable(files, 'ec2-spot-advisor.json', (json) => {
      const seoul = (json.regions as Record<string, { linux: Json }>)['ap-northeast-2'];
      if (seoul) seoul.linux['zz9.large'] = seoul.linux['m5.large'];
    });
    const lazy = loadSnapshotLazy(broken);
    expect(lazy.snapshot.onDemand.regions['ap-northeast-2']?.['m5.large']?.hourly).toBe('0.118');
    const error = thrown(() => lazy.snapshot.spot);
    expect(error.message).toMatch(/ec2-spot-advisor\.json: ap-northeast-2: instance type "zz9\.large"/);
    expect(error.message).toBe(thrown(() => loadSnapshot(broken)).message);
  });

  it('refuses a row naming an unknown source and a schema error, naming the place', () => {
    const source = withEditedTable(files, 'ebs.json', (json) => {
      const first = (json.regions as Record<string, Json[]>)['us-east-1']?.[0];
      if (first) first.source = 'a-blog-post';
    });
    expect(thrown(() => loadSnapshotLazy(source).snapshot.ebs).message).toMatch(
      /ebs\.json: us-east-1\.\S+ names source "a-blog-post"/,
    );
    const schema = withEditedTable(files, 'ec2-catalogue.json', (json) => {
      ((json.types as Json[])[0] as Json).vcpu = '8';
    });
    expect(thrown(() => loadSnapshotLazy(schema).snapshot.index).message).toMatch(
      /ec2-catalogue\.json: at types\.0\.vcpu/,
    );
  });

  it('refuses a missing table file or a bad manifest at once', () => {
    const withoutSpot = { ...files };
    delete withoutSpot['ec2-spot-advisor.json'];
    expect(thrown(() => loadSnapshotLazy(withoutSpot)).message).toMatch(
      /ec2-spot-advisor\.json: file is missing/,
    );
    expect(thrown(() => loadSnapshotLazy({ ...files, 'manifest.json': '{' })).file).toBe('manifest.json');
  });

  it('a wrong precomputed digest is a mismatch (digests are trusted only as the bytes they were taken of)', () => {
    const lazy = loadSnapshotLazy(files, { digests: { 'lambda.json': '0'.repeat(64) } });
    expect(thrown(() => lazy.snapshot.lambda).message).toMatch(/lambda\.json: sha256 mismatch/);
  });
});

describe('loadSnapshotLazy with a verified manifest (one the build checked in full)', () => {
  const manifestSha = sha256Hex(files['manifest.json'] ?? '');

  it('gives the same tables as the full checks, parsing them only', () => {
    const lazy = loadSnapshotLazy(files, { verifiedManifestSha256: manifestSha });
    expect({ ...lazy.snapshot }).toEqual({ ...bundledSnapshot() });
    expect(lazy.snapshot.index.get('m5.large')?.vcpu).toBe(2);
    expect(lazy.pending()).toEqual([]);
  });

  it('trusts only that manifest: its tables skip the schema, any other manifest gets every check', () => {
    const broken = withEditedTable(files, 'ec2-catalogue.json', (json) => {
      ((json.types as Json[])[0] as Json).vcpu = '8';
    });
    // the edited snapshot has its own manifest, so the bundled one's verification does not cover it
    expect(
      thrown(() => loadSnapshotLazy(broken, { verifiedManifestSha256: manifestSha }).snapshot.index).message,
    ).toMatch(/ec2-catalogue\.json: at types\.0\.vcpu/);
    // had the build verified the edited manifest, its catalogue would be read as it is
    const trusted = loadSnapshotLazy(broken, {
      verifiedManifestSha256: sha256Hex(broken['manifest.json'] ?? ''),
    });
    expect(trusted.snapshot.catalogue.types[0]?.vcpu).toBe('8');
  });

  it('still checks each table against its sha256 in the verified manifest', () => {
    const text = files['lambda.json'] ?? '';
    const tampered = { ...files, 'lambda.json': `${text.trimEnd()} \n` };
    const lazy = loadSnapshotLazy(tampered, { verifiedManifestSha256: manifestSha });
    expect(thrown(() => lazy.snapshot.lambda).message).toMatch(/lambda\.json: sha256 mismatch/);
    expect(lazy.snapshot.ebs.regions['ap-northeast-2']).toBeDefined();
  });
});
