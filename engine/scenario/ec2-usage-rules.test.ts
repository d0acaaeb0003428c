import { describe, expect, it } from 'vitest';
import { ec2UsageIssues } from './ec2-usage-rules';
import { scenarioJsonSchema } from './json-schema';
import { parseScenario } from './parse';
import { serializeScenario } from './serialize';

const withUsage = (usage: unknown, extra: Record<string, unknown> = {}, count = 2) => ({
  schemaVersion: 1,
  name: 'month-end batch',
  region: 'us-east-1',
  items: [{ service: 'ec2', id: 'batch', instanceType: 'm5.large', count, usage }],
  ...extra,
});

describe('monthly-spike usage in scenario files (schemaVersion 1)', () => {
  it('parses, keeps its fields and saves them back byte for byte', () => {
    const r = parseScenario(withUsage({ pattern: 'monthly-spike', peakCount: 6, spikeHoursPerMonth: 72 }));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const item = r.scenario.items[0];
    if (item?.service !== 'ec2') throw new Error('not ec2');
    expect(item.usage).toEqual({ pattern: 'monthly-spike', peakCount: 6, spikeHoursPerMonth: 72 });
    const text = serializeScenario(r.scenario);
    expect(text).toContain(
      '"pattern": "monthly-spike",\n        "peakCount": 6,\n        "spikeHoursPerMonth": 72',
    );
    const again = parseScenario(JSON.parse(text));
    expect(again.ok && serializeScenario(again.scenario)).toBe(text);
  });

  it('refuses a peak below the baseline and a spike longer than the month, where they are', () => {
    const below = parseScenario(
      withUsage({ pattern: 'monthly-spike', peakCount: 1, spikeHoursPerMonth: 72 }),
    );
    expect(!below.ok && below.issues).toEqual([
      {
        path: '$.items[0].usage.peakCount',
        message: 'peakCount (1) is below the baseline count (2)',
        ko: '피크 때 인스턴스 수(1)가 기본 인스턴스 수(2)보다 적습니다',
      },
    ]);
    const longer = parseScenario(
      withUsage(
        { pattern: 'monthly-spike', peakCount: 6, spikeHoursPerMonth: 700 },
        { settings: { hoursPerMonth: 672 } },
      ),
    );
    expect(!longer.ok && longer.issues).toEqual([
      {
        path: '$.items[0].usage.spikeHoursPerMonth',
        message: "spikeHoursPerMonth (700) is more than the month's 672 hours (settings.hoursPerMonth)",
        ko: '월간 급증 시간(700시간)이 한 달 시간(settings.hoursPerMonth, 672시간)보다 깁니다',
      },
    ]);
    // the default 730-h month
    const over730 = parseScenario(
      withUsage({ pattern: 'monthly-spike', peakCount: 6, spikeHoursPerMonth: 731 }),
    );
    expect(!over730.ok && over730.issues[0]?.path).toBe('$.items[0].usage.spikeHoursPerMonth');
    const over744 = parseScenario(
      withUsage(
        { pattern: 'monthly-spike', peakCount: 6, spikeHoursPerMonth: 745 },
        { settings: { hoursPerMonth: 744 } },
      ),
    );
    expect(!over744.ok && over744.issues).toEqual([
      {
        path: '$.items[0].usage.spikeHoursPerMonth',
        message: 'Too big: expected number to be <=744',
        ko: '744 이하여야 합니다 (입력값: 745)',
      },
    ]);
    const negative = parseScenario(
      withUsage({ pattern: 'monthly-spike', peakCount: 6, spikeHoursPerMonth: -1 }),
    );
    expect(!negative.ok && negative.issues[0]?.path).toBe('$.items[0].usage.spikeHoursPerMonth');
    const typo = parseScenario(withUsage({ pattern: 'monthly-spike', peakCount: 6, spikeHoursPerDay: 3 }));
    expect(!typo.ok && typo.issues.map((i) => i.path)).toContain('$.items[0].usage');
  });

  it('accepts the bounds: peak = baseline, 0 h, and the whole month', () => {
    for (const [peakCount, spikeHoursPerMonth] of [
      [2, 72],
      [6, 0],
      [6, 730],
    ])
      expect(parseScenario(withUsage({ pattern: 'monthly-spike', peakCount, spikeHoursPerMonth })).ok).toBe(
        true,
      );
  });

  it('leaves the daily peak rule as it was, and checks the month only when it is known (line editor)', () => {
    const usage = { pattern: 'monthly-spike', peakCount: 6, spikeHoursPerMonth: 740 } as const;
    expect(ec2UsageIssues({ count: 2, usage })).toEqual([]);
    expect(ec2UsageIssues({ count: 2, usage }, 744)).toEqual([]);
    expect(ec2UsageIssues({ count: 2, usage }, 730).map((i) => i.path)).toEqual([
      ['usage', 'spikeHoursPerMonth'],
    ]);
    expect(
      ec2UsageIssues({ count: 4, usage: { pattern: 'peak', peakCount: 2, peakHoursPerDay: 6 } }),
    ).toEqual([
      {
        path: ['usage', 'peakCount'],
        message: 'peakCount (2) is below the baseline count (4)',
        ko: '피크 때 인스턴스 수(2)가 기본 인스턴스 수(4)보다 적습니다',
      },
    ]);
    expect(ec2UsageIssues({ count: 4, usage: { pattern: 'hours', hoursPerMonth: 744 } }, 672)).toEqual([]);
  });

  it('is in the JSON Schema printed by `cli schema`', () => {
    const text = JSON.stringify(scenarioJsonSchema());
    expect(text).toContain('"monthly-spike"');
    expect(text).toMatch(/"spikeHoursPerMonth":\{"type":"number","minimum":0,"maximum":744\}/);
  });
});
