import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../trace/format';
import { loadSnapshot, type PriceSnapshot } from './load-snapshot';
import { findInstanceType, onDemandHourly } from './on-demand';
import type { PriceQuote } from './quotes';
import { bundledFiles, bundledSnapshot, withEditedTable } from './testing/bundled-files';

const snap = bundledSnapshot();

function priced(quote: PriceQuote) {
  if (quote.status !== 'priced') throw new Error(`expected a price, got: ${quote.reason}`);
  return quote;
}

function reason(quote: PriceQuote): string {
  if (quote.status !== 'unavailable') throw new Error(`expected unavailable, got ${quote.hourly.toString()}`);
  return quote.reason;
}

describe('onDemandHourly: spot checks against the sources', () => {
  it.each([
    ['us-east-1', 'm5.large', '0.096', 'karpenter-pricing-2026-07-20'],
    ['us-east-1', 't3.micro', '0.0104', 'karpenter-pricing-2026-07-20'],
    ['ap-northeast-2', 't3.micro', '0.013', 'skypilot-vms-csv'],
    ['ap-northeast-2', 'm5.large', '0.118', 'skypilot-vms-csv'],
    ['us-east-1', 'm5.xlarge', '0.192', 'karpenter-pricing-2026-07-20'],
    ['eu-west-1', 'x2iedn.32xlarge', '32.012', 'ec2instances-x2iedn'],
  ])('%s %s Linux = %s', (region, type, hourly, source) => {
    const quote = priced(onDemandHourly(snap, region, type, 'linux'));
    expect(quote.hourly.toString()).toBe(hourly);
    expect(quote.sourceId).toBe(source);
    expect(quote.basis).toBe('exact');
  });

  it('m5.large for a 730-hour month costs $70.08 (brief §4)', () => {
    expect(
      priced(onDemandHourly(snap, 'us-east-1', 'm5.large', 'linux'))
        .hourly.times(730)
        .toFixed(2),
    ).toBe('70.08');
  });

  it('keeps the digits of the source (trailing zeros of the table are not re-rounded)', () => {
    const rate = snap.onDemand.regions['us-east-1']?.['a1.medium'];
    expect(rate?.hourly).toBe('0.0255');
  });

  it('marks Seoul metal sizes low-confidence with a note', () => {
    const quote = priced(onDemandHourly(snap, 'ap-northeast-2', 'c5.metal', 'linux'));
    expect(quote.confidence).toBe('low');
    expect(quote.explanation).toMatch(/metal/);
    expect(priced(onDemandHourly(snap, 'ap-northeast-2', 'c5.large', 'linux')).confidence).toBe('high');
  });
});

describe('Windows = Linux + 0.046 per vCPU-hour for non-burstable types', () => {
  it('m5.xlarge us-east-1 Windows is 0.376 (brief §4)', () => {
    const quote = priced(onDemandHourly(snap, 'us-east-1', 'm5.xlarge', 'windows'));
    expect(quote.hourly.toString()).toBe('0.376');
    expect(quote.basis).toBe('derived-rule');
    expect(quote.sourceId).toBe('derived-windows-adder');
    expect(quote.explanation).toContain('0.046 × 4 vCPU');
  });

  it('burstable T types have no Windows price, and the reason says the price update fills it', () => {
    const text = reason(onDemandHourly(snap, 'us-east-1', 't3.micro', 'windows'));
    expect(text).toMatch(/^Windows price for burstable t3\.micro is unavailable in us-east-1: /);
    expect(text).toMatch(/a price update from the AWS Price List fills it$/);
    // also where the snapshot has no Linux price for the type either
    expect(reason(onDemandHourly(snap, 'eu-west-1', 't3.micro', 'windows'))).toMatch(/burstable t3\.micro/);
  });
});

describe('exact Windows rates (ec2-ondemand-windows) come before the adder rule', () => {
  // x2iedn.32xlarge rate card, mswin on-demand (pricing-raw/rate-cards)
  it.each([
    ['ap-northeast-2', '44.57'],
    ['af-south-1', '43.984'],
    ['ap-northeast-3', '44.572'],
  ])('x2iedn.32xlarge Windows in %s = %s, exact, from the rate card', (region, hourly) => {
    const quote = priced(onDemandHourly(snap, region, 'x2iedn.32xlarge', 'windows'));
    expect(quote.hourly.toString()).toBe(hourly);
    expect(quote.basis).toBe('exact');
    expect(quote.sourceId).toBe('ec2instances-x2iedn');
    expect(quote.explanation).toBe(
      `On-demand Windows (licence included) ${hourly}/h for x2iedn.32xlarge in ${region} from ec2instances.info rate card for x2iedn.32xlarge (25 regions)`,
    );
  });

  it('every exact rate equals Linux + 0.046 × 128 vCPU: the rule the card confirms in all 25 regions', () => {
    const regions = Object.entries(snap.onDemandWindows.regions);
    expect(regions).toHaveLength(25);
    for (const [region, rates] of regions) {
      const linux = snap.onDemand.regions[region as keyof typeof snap.onDemand.regions]?.['x2iedn.32xlarge'];
      const windows = rates?.['x2iedn.32xlarge'];
      expect(new Decimal(windows?.hourly ?? '0').minus(linux?.hourly ?? '0').toString()).toBe('5.888');
    }
  });

  it('an exact rate prices a T type and a type without a Linux price', () => {
    // hand-made rows (as a price update would add them): only their use is tested, not the figures
    const files = withEditedTable(bundledFiles(), 'ec2-ondemand-windows.json', (json) => {
      const regions = json.regions as Record<string, Record<string, unknown>>;
      const rate = (hourly: string) => ({ hourly, source: 'ec2instances-x2iedn', confidence: 'high' });
      regions['us-east-1'] = { ...regions['us-east-1'], 't3.micro': rate('0.0196') };
      regions['eu-west-1'] = { ...regions['eu-west-1'], 'm5.large': rate('0.192') };
    });
    const edited = loadSnapshot(files);
    const t3 = priced(onDemandHourly(edited, 'us-east-1', 't3.micro', 'windows'));
    expect([t3.hourly.toString(), t3.basis]).toEqual(['0.0196', 'exact']);
    const m5 = priced(onDemandHourly(edited, 'eu-west-1', 'm5.large', 'windows'));
    expect([m5.hourly.toString(), m5.basis]).toEqual(['0.192', 'exact']);
    expect(onDemandHourly(edited, 'eu-west-1', 'm5.large', 'linux').status).toBe('unavailable');
  });

  it('a snapshot written before the table existed loads it as empty and prices Windows by the rule', () => {
    const files = bundledFiles();
    const manifest = JSON.parse(files['manifest.json'] ?? '{}') as { tables: { name: string }[] };
    manifest.tables = manifest.tables.filter((t) => t.name !== 'ec2-ondemand-windows');
    const older: Record<string, string> = { ...files, 'manifest.json': JSON.stringify(manifest) };
    delete older['ec2-ondemand-windows.json'];
    const loaded = loadSnapshot(older);
    expect(loaded.onDemandWindows.regions).toEqual({});
    const quote = priced(onDemandHourly(loaded, 'ap-northeast-2', 'x2iedn.32xlarge', 'windows'));
    expect([quote.hourly.toString(), quote.basis]).toEqual(['44.57', 'derived-rule']);
  });
});

describe('unavailable, with a reason naming what is missing', () => {
  it('unknown type', () => {
    expect(reason(onDemandHourly(snap, 'us-east-1', 'm5.huge', 'linux'))).toMatch(
      /unknown instance type "m5\.huge"/,
    );
    expect(findInstanceType(snap, 'm5.huge')).toBeUndefined();
  });
  it('unknown region', () => {
    expect(reason(onDemandHourly(snap, 'ap-northeast-9', 'm5.large', 'linux'))).toMatch(
      /unknown region "ap-northeast-9"/,
    );
  });
  it('a region without data for the type is never priced at zero', () => {
    const text = reason(onDemandHourly(snap, 'eu-west-1', 'm5.large', 'linux'));
    expect(text).toMatch(/no on-demand Linux price for m5\.large in eu-west-1/);
  });
  it('counts the types the region has in English and Korean: "1 type", "2 types", never "type(s)"', () => {
    const unavailable = (s: PriceSnapshot) => {
      const quote = onDemandHourly(s, 'eu-west-1', 'm5.large', 'linux');
      if (quote.status !== 'unavailable') throw new Error('expected unavailable');
      return { en: quote.reason, ko: formatMessage(quote.message, 'ko') };
    };
    // the bundled eu-west-1 table has one type, x2iedn.32xlarge
    expect(Object.keys(snap.onDemand.regions['eu-west-1'] ?? {})).toEqual(['x2iedn.32xlarge']);
    const one = unavailable(snap);
    expect(one.en).toContain('(it has on-demand prices for 1 type in eu-west-1);');
    expect(one.ko).toContain('(eu-west-1의 온디맨드 가격은 1개 유형뿐)');
    const files = withEditedTable(bundledFiles(), 'ec2-ondemand-linux.json', (json) => {
      const regions = json.regions as Record<string, Record<string, unknown>>;
      regions['eu-west-1'] = {
        ...regions['eu-west-1'],
        'c5.large': { hourly: '0.096', source: 'ec2instances-x2iedn', confidence: 'high' },
      };
    });
    const two = unavailable(loadSnapshot(files));
    expect(two.en).toContain('(it has on-demand prices for 2 types in eu-west-1);');
    expect(two.ko).toContain('(eu-west-1의 온디맨드 가격은 2개 유형뿐)');
    expect(`${one.en} ${two.en}`).not.toContain('(s)');
  });
});

describe('Windows adder property', () => {
  it('holds for every priced non-burstable us-east-1 type', () => {
    const rates = Object.entries(snap.onDemand.regions['us-east-1'] ?? {});
    expect(rates.length).toBeGreaterThanOrEqual(1300);
    for (const [type, rate] of rates) {
      const instance = findInstanceType(snap, type);
      const quote = onDemandHourly(snap, 'us-east-1', type, 'windows');
      if (instance?.burstable) {
        expect(quote.status).toBe('unavailable');
      } else {
        const expected = new Decimal(rate.hourly).plus(new Decimal('0.046').times(instance?.vcpu ?? 0));
        expect(priced(quote).hourly.equals(expected)).toBe(true);
      }
    }
  });
});
