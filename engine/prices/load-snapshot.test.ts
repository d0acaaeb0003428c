import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../pricing-data/schema';
import { loadSnapshot, SnapshotError } from './load-snapshot';
import { bundledFiles, bundledSnapshot, withEditedTable } from './testing/bundled-files';

type Json = Record<string, unknown>;
const files = bundledFiles();

function rejection(input: Record<string, string>): SnapshotError {
  try {
    loadSnapshot(input);
  } catch (error) {
    if (error instanceof SnapshotError) return error;
    throw error;
  }
  throw new Error('loadSnapshot accepted a broken snapshot');
}

function firstType(json: Json): Json {
  return (json.types as Json[])[0] as Json;
}

function usEast1(json: Json): Record<string, Json> {
  return (json.regions as Record<string, Record<string, Json>>)['us-east-1'] as Record<string, Json>;
}

describe('loadSnapshot on the bundled tables', () => {
  it('accepts every generated table and indexes the catalogue', () => {
    const snap = bundledSnapshot();
    expect(snap.manifest.snapshotId).toBe('2026-11-snapshot-1');
    expect(snap.manifest.tables.map((t) => t.name)).toEqual([...TABLE_NAMES]);
    expect(snap.catalogue.types).toHaveLength(1363);
    expect(snap.index.get('m7gd.2xlarge')).toMatchObject({
      vcpu: 8,
      memoryGiB: 32,
      arch: 'arm64',
      localNvmeGiB: 474,
    });
    expect(snap.regions.regions).toHaveLength(35);
    expect(snap.regions.regions.find((r) => r.code === 'ap-northeast-2')).toEqual({
      code: 'ap-northeast-2',
      nameEn: 'Asia Pacific (Seoul)',
      nameKo: '아시아 태평양(서울)',
      availabilityZones: 4,
    });
  });
});

describe('loadSnapshot refuses broken snapshots with the file and place', () => {
  it('refuses a table whose bytes do not match the manifest sha256', () => {
    const text = files['ec2-ondemand-linux.json'] ?? '';
    const tampered = { ...files, 'ec2-ondemand-linux.json': text.replace('"0.096"', '"0.095"') };
    expect(tampered['ec2-ondemand-linux.json']).not.toBe(text);
    const error = rejection(tampered);
    expect(error.file).toBe('ec2-ondemand-linux.json');
    expect(error.message).toMatch(/sha256 mismatch/);
  });

  it('refuses a missing table file and a missing manifest', () => {
    const withoutSpot = { ...files };
    delete withoutSpot['ec2-spot-advisor.json'];
    expect(rejection(withoutSpot).message).toMatch(/ec2-spot-advisor\.json: file is missing/);
    const withoutManifest = { ...files };
    delete withoutManifest['manifest.json'];
    expect(rejection(withoutManifest).file).toBe('manifest.json');
  });

  it('refuses a float price (a JSON number instead of a decimal string)', () => {
    const broken = withEditedTable(files, 'ec2-ondemand-linux.json', (json) => {
      (usEast1(json)['m5.large'] as Json).hourly = 0.096;
    });
    const error = rejection(broken);
    expect(error.file).toBe('ec2-ondemand-linux.json');
    expect(error.message).toContain('regions.us-east-1.m5.large.hourly');
  });

  it('refuses prices in exponent or signed form', () => {
    for (const bad of ['1e-3', '-0.1', '.5', '0.096 ']) {
      const broken = withEditedTable(files, 'ec2-ondemand-linux.json', (json) => {
        (usEast1(json)['m5.large'] as Json).hourly = bad;
      });
      expect(rejection(broken).message).toMatch(/decimal string/);
    }
  });

  it('refuses wrong types in the catalogue', () => {
    const broken = withEditedTable(files, 'ec2-catalogue.json', (json) => {
      firstType(json).vcpu = '8';
    });
    expect(rejection(broken).message).toMatch(/ec2-catalogue\.json: at types\.0\.vcpu/);
  });

  it('lists the first five issues and counts the rest: "1 more issue", "2 more issues"', () => {
    const withBadTypes = (count: number) =>
      withEditedTable(files, 'ec2-catalogue.json', (json) => {
        for (const type of (json.types as Json[]).slice(0, count)) type.vcpu = '8';
      });
    expect(rejection(withBadTypes(5)).message).not.toMatch(/more issue/);
    expect(rejection(withBadTypes(6)).message).toMatch(/at types\.4\.vcpu: [^;]*; and 1 more issue$/);
    expect(rejection(withBadTypes(7)).message).toMatch(/; and 2 more issues$/);
  });

  it('refuses unknown enum values: category, region, source kind', () => {
    const category = withEditedTable(files, 'ec2-catalogue.json', (json) => {
      firstType(json).category = 'quantum';
    });
    expect(rejection(category).message).toContain('types.0.category');
    const region = withEditedTable(files, 'ec2-ondemand-linux.json', (json) => {
      (json.regions as Json)['mars-east-1'] = {};
    });
    expect(rejection(region).message).toContain('ec2-ondemand-linux.json');
    const kind = withEditedTable(files, 'ebs.json', (json) => {
      ((json.regions as Record<string, Json[]>)['us-east-1']?.[0] as Json).sourceKind = 'rumour';
    });
    expect(rejection(kind).message).toContain('regions.us-east-1.0.sourceKind');
  });

  it('refuses missing fields and unknown extra fields', () => {
    const missing = withEditedTable(files, 'ec2-catalogue.json', (json) => {
      delete firstType(json).arch;
    });
    expect(rejection(missing).message).toContain('types.0.arch');
    const extra = withEditedTable(files, 'ec2-catalogue.json', (json) => {
      firstType(json).priceHint = '0.1';
    });
    expect(rejection(extra).message).toMatch(/priceHint/);
  });

  it('refuses invalid JSON', () => {
    const broken = withEditedTable(files, 'lambda.json', () => {});
    broken['lambda.json'] = '{"table": "lambda",';
    expect(rejection(broken).message).toMatch(/lambda\.json/);
  });

  it('refuses a row whose source id the manifest does not list', () => {
    const broken = withEditedTable(files, 'ec2-ondemand-linux.json', (json) => {
      (usEast1(json)['m5.large'] as Json).source = 'a-blog-post';
    });
    expect(rejection(broken).message).toMatch(/us-east-1\.m5\.large names source "a-blog-post"/);
  });

  it('refuses a price for a type the catalogue does not have', () => {
    const broken = withEditedTable(files, 'ec2-ondemand-linux.json', (json) => {
      usEast1(json)['zz9.large'] = {
        hourly: '1',
        source: 'karpenter-pricing-2026-07-20',
        confidence: 'high',
      };
    });
    expect(rejection(broken).message).toMatch(/"zz9\.large" is not in ec2-catalogue\.json/);
  });

  it('refuses a manifest with a wrong schema version', () => {
    const manifest = JSON.parse(files['manifest.json'] ?? '{}') as Json;
    manifest.schemaVersion = 2;
    const error = rejection({ ...files, 'manifest.json': JSON.stringify(manifest) });
    expect(error.file).toBe('manifest.json');
    expect(error.message).toContain('schemaVersion');
  });
});
