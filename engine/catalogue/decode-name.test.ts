import { describe, expect, it } from 'vitest';
import { decodeInstanceName, type DecodedName } from './decode-name';
import { bundledSnapshot } from '../prices/testing/bundled-files';

function ok(name: string): Extract<DecodedName, { ok: true }> {
  const decoded = decodeInstanceName(name);
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded;
}

/** name → [prefix, category, generation, attribute letters, variant, size] */
const CASES: Array<[string, string, string, number | null, string, string | null, string]> = [
  ['m7gd.2xlarge', 'm', 'general', 7, 'gd', null, '2xlarge'],
  ['m5.large', 'm', 'general', 5, '', null, 'large'],
  ['t3.micro', 't', 'burstable', 3, '', null, 'micro'],
  ['t3a.nano', 't', 'burstable', 3, 'a', null, 'nano'],
  ['t4g.small', 't', 'burstable', 4, 'g', null, 'small'],
  ['t2.medium', 't', 'burstable', 2, '', null, 'medium'],
  ['c5n.18xlarge', 'c', 'compute', 5, 'n', null, '18xlarge'],
  ['c6gn.16xlarge', 'c', 'compute', 6, 'gn', null, '16xlarge'],
  ['c7i-flex.large', 'c', 'compute', 7, 'i', 'flex', 'large'],
  ['m7i-flex.xlarge', 'm', 'general', 7, 'i', 'flex', 'xlarge'],
  ['r5b.metal', 'r', 'memory', 5, 'b', null, 'metal'],
  ['r7iz.metal-16xl', 'r', 'memory', 7, 'iz', null, 'metal-16xl'],
  ['m8azn.metal-24xl', 'm', 'general', 8, 'azn', null, 'metal-24xl'],
  ['x2iedn.32xlarge', 'x', 'memory', 2, 'iedn', null, '32xlarge'],
  ['x8aedz.large', 'x', 'memory', 8, 'aedz', null, 'large'],
  ['z1d.12xlarge', 'z', 'memory', 1, 'd', null, '12xlarge'],
  ['u-3tb1.56xlarge', 'u', 'memory', null, '', '3tb1', '56xlarge'],
  ['u7i-12tb.224xlarge', 'u', 'memory', 7, 'i', '12tb', '224xlarge'],
  ['u7in-32tb.224xlarge', 'u', 'memory', 7, 'in', '32tb', '224xlarge'],
  ['i4i.32xlarge', 'i', 'storage', 4, 'i', null, '32xlarge'],
  ['i7ie.48xlarge', 'i', 'storage', 7, 'ie', null, '48xlarge'],
  ['im4gn.large', 'im', 'storage', 4, 'gn', null, 'large'],
  ['is4gen.medium', 'is', 'storage', 4, 'gen', null, 'medium'],
  ['d3en.12xlarge', 'd', 'storage', 3, 'en', null, '12xlarge'],
  ['h1.16xlarge', 'h', 'storage', 1, '', null, '16xlarge'],
  ['p5.48xlarge', 'p', 'accelerated', 5, '', null, '48xlarge'],
  ['p6-b200.48xlarge', 'p', 'accelerated', 6, '', 'b200', '48xlarge'],
  ['g4dn.xlarge', 'g', 'accelerated', 4, 'dn', null, 'xlarge'],
  ['g6f.large', 'g', 'accelerated', 6, 'f', null, 'large'],
  ['gr6.4xlarge', 'gr', 'accelerated', 6, '', null, '4xlarge'],
  ['inf2.48xlarge', 'inf', 'accelerated', 2, '', null, '48xlarge'],
  ['trn1n.32xlarge', 'trn', 'accelerated', 1, 'n', null, '32xlarge'],
  ['dl2q.24xlarge', 'dl', 'accelerated', 2, 'q', null, '24xlarge'],
  ['f2.12xlarge', 'f', 'accelerated', 2, '', null, '12xlarge'],
  ['vt1.3xlarge', 'vt', 'accelerated', 1, '', null, '3xlarge'],
  ['hpc7g.16xlarge', 'hpc', 'hpc', 7, 'g', null, '16xlarge'],
  ['a1.medium', 'a', 'general', 1, '', null, 'medium'],
  ['mac2-m2pro.metal', 'mac', 'general', 2, '', 'm2pro', 'metal'],
];

describe('decodeInstanceName', () => {
  it.each(CASES)('%s', (name, prefix, category, generation, attributes, variant, size) => {
    const decoded = ok(name);
    expect(decoded.prefix.code).toBe(prefix);
    expect(decoded.prefix.category).toBe(category);
    expect(decoded.generation?.value ?? null).toBe(generation);
    expect(decoded.attributes.map((a) => a.code).join('')).toBe(attributes);
    expect(decoded.variant?.code ?? null).toBe(variant);
    expect(decoded.size.code).toBe(size);
  });

  it('explains m7gd.2xlarge in English and Korean (course example)', () => {
    const decoded = ok('m7gd.2xlarge');
    expect(decoded.prefix).toMatchObject({ en: 'General purpose', ko: '범용' });
    expect(decoded.generation).toEqual({ value: 7, en: 'generation 7', ko: '7세대' });
    expect(decoded.attributes).toEqual([
      { code: 'g', en: 'AWS Graviton processors (Arm)', ko: 'AWS Graviton 프로세서 (Arm)' },
      { code: 'd', en: 'local NVMe SSD instance store', ko: '로컬 NVMe SSD 인스턴스 스토어' },
    ]);
    expect(decoded.size).toEqual({
      code: '2xlarge',
      en: '2 times xlarge',
      ko: 'xlarge의 2배 크기',
    });
  });

  it('explains variants', () => {
    expect(ok('c7i-flex.large').variant?.ko).toMatch(/^Flex/);
    expect(ok('u7i-12tb.224xlarge').variant?.en).toBe('12 TB of memory');
    expect(ok('p6-b200.48xlarge').variant?.en).toBe('NVIDIA B200 GPUs');
    expect(ok('mac2-m2pro.metal').variant?.en).toBe('Apple M2 Pro chip');
  });

  it.each([
    ['m5', /expected <family>\.<size>/],
    ['m5.', /expected <family>\.<size>/],
    ['.large', /expected <family>\.<size>/],
    ['m5.large.x', /expected <family>\.<size>/],
    ['q5.large', /unknown family prefix "q"/],
    ['m.large', /has no generation number/],
    ['m5w.large', /unknown attribute letter "w"/],
    ['m5.gigantic', /unknown size "gigantic"/],
    ['5m.large', /does not look like/],
  ])('refuses %s', (name, message) => {
    const decoded = decodeInstanceName(name);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error).toMatch(message);
  });

  it('decodes every type of the bundled catalogue, agreeing with its category and family', () => {
    const failures: string[] = [];
    for (const row of bundledSnapshot().catalogue.types) {
      const decoded = decodeInstanceName(row.type);
      if (!decoded.ok) failures.push(decoded.error);
      else if (decoded.prefix.category !== row.category || decoded.family !== row.family)
        failures.push(row.type);
    }
    expect(failures).toEqual([]);
  });
});
