import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from './parse';
import { serializeScenario } from './serialize';

/** the same object with its keys in reverse order, at every level */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversedKeys(v)]),
  );
}

const item = fc.oneof(
  fc.record({
    service: fc.constant('ec2'),
    instanceType: fc.constantFrom('m5.large', 't3.micro', 'c7g.xlarge'),
    count: fc.integer({ min: 1, max: 100 }),
    os: fc.constantFrom('linux', 'windows'),
    description: fc.string({ maxLength: 30 }),
  }),
  fc.record({
    service: fc.constant('s3'),
    storageGB: fc.double({ min: 0, max: 1e6, noNaN: true }),
    tags: fc.array(fc.string({ minLength: 1, maxLength: 5 }), { maxLength: 3 }),
  }),
  fc.record({
    service: fc.constant('ebs'),
    volumeType: fc.constantFrom('gp2', 'gp3', 'st1'),
    sizeGB: fc.integer({ min: 1, max: 16000 }),
  }),
);

const scenarioDoc = fc.record({
  name: fc.string({ minLength: 1, maxLength: 40 }),
  region: fc.constantFrom('us-east-1', 'ap-northeast-2'),
  vat: fc.boolean(),
  items: fc.array(item, { maxLength: 6 }),
});

describe('serializeScenario', () => {
  it('is stable: save → open → save gives the same bytes, whatever the key order of the input', () => {
    fc.assert(
      fc.property(scenarioDoc, ({ name, region, vat, items }) => {
        const doc = {
          schemaVersion: 1,
          name,
          region,
          settings: { vat },
          items: items.map((it, i) => ({ ...it, id: `item-${i}` })),
        };
        const a = parseScenarioText(JSON.stringify(doc));
        const b = parseScenarioText(JSON.stringify(reversedKeys(doc)));
        if (!a.ok || !b.ok) throw new Error('fixture should be valid');
        const text = serializeScenario(a.scenario);
        expect(serializeScenario(b.scenario)).toBe(text);
        const reopened = parseScenarioText(text);
        if (!reopened.ok) throw new Error('serialized text should be valid');
        expect(serializeScenario(reopened.scenario)).toBe(text);
        expect(reopened.scenario).toEqual(a.scenario);
      }),
      { numRuns: 200 },
    );
  });

  it('writes keys in the schema order, defaults filled, 2-space indent, one trailing newline', () => {
    const r = parseScenarioText(
      '{"items":[{"count":1,"instanceType":"m5.large","id":"a","service":"ec2"}],"region":"us-east-1","name":"x","schemaVersion":1}',
    );
    if (!r.ok) throw new Error('valid');
    const text = serializeScenario(r.scenario);
    expect(
      text.startsWith('{\n  "schemaVersion": 1,\n  "name": "x",\n  "region": "us-east-1",\n  "settings": {'),
    ).toBe(true);
    expect(text).toContain(
      '"service": "ec2",\n      "id": "a",\n      "tags": [],\n      "instanceType": "m5.large"',
    );
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });
});
