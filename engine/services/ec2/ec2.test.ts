import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatMessage, formatTrace } from '../../trace/format';
import { monthlyCents, priceOne, run } from '../../testing/scenario';
import { breakEvenMonth, tBaselinePercent, tBreakEvenAveragePercent, tUnlimitedSurplus } from './formulas';

const ec2 = (extra: Record<string, unknown> = {}) => ({
  service: 'ec2' as const,
  id: 'web',
  instanceType: 'm5.large',
  count: 1,
  ...extra,
});

describe('EC2 on-demand', () => {
  it('m5.large us-east-1: $0.096/h × 730 h = $70.08 (brief §4)', () => {
    const line = priceOne(ec2());
    expect(monthlyCents(line)).toBe('70.08');
  });
  it('renders the trace as "730 h × 2 × $0.096/h = $140.16" in en and ko', () => {
    const line = priceOne(ec2({ count: 2 }));
    const step = line.trace.find((s) => s.label === 'ec2.onDemand');
    if (!step) throw new Error('no compute step');
    expect(formatTrace(step, 'en')).toBe('On-demand m5.large (Linux): 730 h × 2 × $0.096/h = $140.16');
    expect(formatTrace(step, 'ko')).toBe(
      '온디맨드 m5.large (Linux): 730 시간 × 2 대 × $0.096/시간 = $140.16',
    );
  });
  it('m5.xlarge Windows = $0.192 + 4 vCPU × $0.046 = $0.376/h (brief §4)', () => {
    const line = priceOne(ec2({ instanceType: 'm5.xlarge', os: 'windows' }));
    expect(line.unitPrice?.toString()).toBe('0.376');
    expect(line.basis).toBe('derived-rule');
    expect(monthlyCents(line)).toBe('274.48');
  });
  it('Windows on a T type is unpriced with the reason, never $0', () => {
    const line = priceOne(ec2({ instanceType: 't3.micro', os: 'windows' }));
    expect(line.status).toBe('unpriced');
    expect(line.reason && formatMessage(line.reason, 'en')).toMatch(/burstable/);
  });
  it('unknown type and dedicated tenancy are unpriced', () => {
    expect(priceOne(ec2({ instanceType: 'zz9.huge' })).reason?.key).toBe('reason.unknownType');
    expect(priceOne(ec2({ tenancy: 'dedicated' })).reason?.key).toBe('reason.dedicated');
  });
  it('a mistyped type is unpriced with the catalogue types it was probably meant to be', () => {
    const line = priceOne(ec2({ instanceType: 't3.mirco' }));
    expect(line.status).toBe('unpriced');
    expect(line.reason && formatMessage(line.reason, 'en')).toBe(
      'Instance type t3.mirco is not in the catalogue. Similar types: t3.micro',
    );
    expect(line.reason && formatMessage(line.reason, 'ko')).toBe(
      '인스턴스 유형 t3.mirco가 카탈로그에 없습니다. 비슷한 유형: t3.micro',
    );
  });
  it('usage patterns: hours, utilization, weekly Mon–Fri 09–18, peak', () => {
    expect(monthlyCents(priceOne(ec2({ usage: { pattern: 'hours', hoursPerMonth: 100 } })))).toBe('9.60');
    expect(monthlyCents(priceOne(ec2({ usage: { pattern: 'utilization', percent: 50 } })))).toBe('35.04');
    // 5 days × 9 h = 45 h/week × 730 ÷ 168 = 195.5357 h × 0.096 = 18.7714
    const weekly = priceOne(
      ec2({
        usage: { pattern: 'weekly', days: ['mon', 'tue', 'wed', 'thu', 'fri'], startHour: 9, endHour: 18 },
      }),
    );
    expect(monthlyCents(weekly)).toBe('18.77');
    expect(formatTrace(weekly.trace[0]!, 'en')).toBe(
      'Hours per instance (schedule Mon–Fri 09:00–18:00): 45 h/week × 730 h ÷ 168 h = 195.5357 h',
    );
    // 2 always on + 4 more for 4 h/day: 1460 + 4 × 4 × 730/24 = 1460 + 486.6667 h
    const peak = priceOne(ec2({ count: 2, usage: { pattern: 'peak', peakCount: 6, peakHoursPerDay: 4 } }));
    expect(peak.quantity.toDecimalPlaces(4).toString()).toBe('1946.6667');
    expect(monthlyCents(peak)).toBe('186.88');
  });
  it('spot = on-demand × (1 − savings) labelled as an estimate with its interruption band', () => {
    const line = priceOne(ec2({ purchase: { option: 'spot' } }));
    expect(monthlyCents(line)).toBe('28.03'); // 0.096 × 0.4 × 730 = 28.032
    expect(line.basis).toBe('estimate');
    expect(line.trace.some((s) => s.label === 'ec2.spotBand')).toBe(true);
  });
});

describe('EC2 usage patterns shared between lines', () => {
  it('lines with the same pattern share its hours; a different pattern, even 0 vs −0 h, does not', () => {
    const r = run([
      ec2({ id: 'a', usage: { pattern: 'hours', hoursPerMonth: 0 } }),
      ec2({ id: 'b', usage: { pattern: 'hours', hoursPerMonth: -0 } }),
      ec2({ id: 'c', usage: { pattern: 'hours', hoursPerMonth: 0 } }),
    ]);
    const [a, b, c] = r.lines;
    expect(JSON.stringify(a!.quantity)).toBe('"0"');
    expect(JSON.stringify(b!.quantity)).toBe('"-0"'); // as new Decimal(-0) gives it
    expect(c!.trace[0]).toBe(a!.trace[0]);
  });
});

describe('EC2 reserved instances (m5.large us-east-1 card)', () => {
  const ri = (term: string, offeringClass: string, payment: string) =>
    priceOne(ec2({ purchase: { option: 'reserved', term, offeringClass, payment } }));
  it('1yr standard all upfront: $494 upfront, $0 monthly, break-even month 8', () => {
    const line = ri('1yr', 'standard', 'all-upfront');
    if (line.status !== 'priced') throw new Error('unpriced');
    expect(line.costs.upfront.toString()).toBe('494');
    expect(line.costs.monthly.toString()).toBe('0');
    expect(line.costs.first12Months.toString()).toBe('494');
    expect(line.costs.months36.toString()).toBe('1482');
    expect(line.costs.perTerm?.toString()).toBe('494');
    expect(line.costs.onDemandMonthly?.toString()).toBe('70.08');
    expect(breakEvenMonth(line.costs.upfront, line.costs.monthly, line.costs.onDemandMonthly!, 12)).toBe(8);
  });
  it('1yr standard partial upfront: $252 + $0.029 × 730 h = $21.17/month', () => {
    const line = ri('1yr', 'standard', 'partial-upfront');
    if (line.status !== 'priced') throw new Error('unpriced');
    expect(line.costs.monthly.toString()).toBe('21.17');
    expect(line.costs.first12Months.toString()).toBe('506.04');
  });
  it('1yr standard no upfront: $0.06 × 730 = $43.80/month', () => {
    expect(monthlyCents(ri('1yr', 'standard', 'no-upfront'))).toBe('43.80');
  });
  it('3yr standard all upfront: $949 once over 36 months', () => {
    const line = ri('3yr', 'standard', 'all-upfront');
    if (line.status !== 'priced') throw new Error('unpriced');
    expect(line.costs.months36.toString()).toBe('949');
    expect(line.costs.termMonths).toBe(36);
  });
  it('every RI payment option costs less than on-demand over its term at 100% usage (card values)', () => {
    for (const term of ['1yr', '3yr'])
      for (const cls of ['standard', 'convertible'])
        for (const payment of ['no-upfront', 'partial-upfront', 'all-upfront']) {
          const line = ri(term, cls, payment);
          if (line.status !== 'priced') throw new Error('unpriced');
          const { perTerm, onDemandMonthly, termMonths } = line.costs;
          expect(perTerm!.lessThanOrEqualTo(onDemandMonthly!.times(termMonths!))).toBe(true);
        }
  });
  it('an estimated RI rate is refused unless estimates are allowed, then labelled', () => {
    const item = ec2({
      instanceType: 't3.large',
      purchase: { option: 'reserved', term: '1yr', offeringClass: 'standard', payment: 'no-upfront' },
    });
    expect(priceOne(item).reason?.key).toBe('reason.estimateNotAllowed');
    const allowed = priceOne(item, { settings: { allowEstimates: true } });
    expect(allowed.status).toBe('priced');
    expect(allowed.basis).toBe('estimate');
    expect(allowed.warnings.some((w) => w.key === 'warn.estimate')).toBe(true);
  });
  it('warns that a commitment is billed for hours the pattern does not use', () => {
    const line = priceOne(
      ec2({
        usage: { pattern: 'utilization', percent: 50 },
        purchase: { option: 'reserved', term: '1yr', offeringClass: 'standard', payment: 'no-upfront' },
      }),
    );
    expect(monthlyCents(line)).toBe('43.80');
    expect(line.warnings.map((w) => w.key)).toContain('warn.commitmentUnused');
  });
  it('peak hours above an RI run at on-demand', () => {
    const line = priceOne(
      ec2({
        usage: { pattern: 'peak', peakCount: 2, peakHoursPerDay: 12 },
        purchase: { option: 'reserved', term: '1yr', offeringClass: 'standard', payment: 'no-upfront' },
      }),
    );
    expect(monthlyCents(line)).toBe('78.84'); // 43.80 + 365 h × 0.096 = 35.04
  });
  it('Savings Plan: commitment × 730 h, upfront by payment option', () => {
    const line = priceOne(
      ec2({
        count: 2,
        purchase: { option: 'savings-plan', planType: 'compute', term: '1yr', payment: 'no-upfront' },
      }),
    );
    expect(monthlyCents(line)).toBe('99.28'); // 0.068 × 2 × 730
    const all = priceOne(
      ec2({ purchase: { option: 'savings-plan', planType: 'compute', term: '3yr', payment: 'all-upfront' } }),
    );
    if (all.status !== 'priced') throw new Error('unpriced');
    expect(all.costs.upfront.toString()).toBe('1787.04'); // 0.068 × 26280
    expect(all.costs.monthly.isZero()).toBe(true);
  });
});

describe('T family credits', () => {
  it('baseline = credits per hour ÷ vCPUs ÷ 60 (t3.micro 12 ÷ 2 ÷ 60 = 10%)', () => {
    expect(tBaselinePercent(new Decimal(12), 2).toString()).toBe('10');
    expect(tBaselinePercent(new Decimal(36), 2).toString()).toBe('30');
  });
  it('t3.large Unlimited at 42.5% average: surplus 12.5% × 2 vCPU × 730 h × $0.05 = $9.125', () => {
    const line = priceOne(ec2({ instanceType: 't3.large', burstable: { averageCpuPercent: 42.5 } }));
    if (line.status !== 'priced') throw new Error('unpriced');
    expect(line.costs.monthly.toString()).toBe('69.861'); // 60.736 + 9.125
    const surplus = line.trace.find((s) => s.label === 'ec2.tSurplus');
    expect(formatTrace(surplus!, 'en')).toBe(
      'T Unlimited surplus: (average 42.5% − baseline 30%) × vCPU × hours × rate: 12.5% × 2 vCPU × 730 h × $0.05/vCPU-h = $9.13',
    );
  });
  it("t3.large vs m5.large break-even (AWS example 42.5%): 42.8% with today's $0.0832 and $0.096", () => {
    const args = {
      baselinePercent: new Decimal(30),
      vcpu: 2,
      ratePerVcpuHour: new Decimal('0.05'),
      otherHourly: new Decimal('0.096'),
    };
    expect(tBreakEvenAveragePercent({ ...args, tHourly: new Decimal('0.0832') }).toString()).toBe('42.8');
    // the AWS docs' 42.5% follows from a t3.large price of $0.0835
    expect(tBreakEvenAveragePercent({ ...args, tHourly: new Decimal('0.0835') }).toString()).toBe('42.5');
    // at the break-even the two monthly costs are equal to the cent
    const t3 = priceOne(ec2({ instanceType: 't3.large', burstable: { averageCpuPercent: 42.8 } }));
    expect(monthlyCents(t3)).toBe('70.08');
  });
  it('no surplus at or below the baseline; Standard mode warns instead of charging', () => {
    const within = priceOne(ec2({ instanceType: 't3.large', burstable: { averageCpuPercent: 30 } }));
    expect(monthlyCents(within)).toBe('60.74');
    const standard = priceOne(
      ec2({ instanceType: 't3.large', burstable: { mode: 'standard', averageCpuPercent: 80 } }),
    );
    expect(monthlyCents(standard)).toBe('60.74');
    expect(standard.warnings.map((w) => w.key)).toContain('warn.tStandardThrottled');
  });
  it('surplus is charged on spot and reserved T instances too, and is never negative', () => {
    const r = tUnlimitedSurplus({
      averagePercent: new Decimal(5),
      baselinePercent: new Decimal(10),
      vcpu: 2,
      instanceHours: new Decimal(730),
      ratePerVcpuHour: new Decimal('0.05'),
    });
    expect(r.amount.toString()).toBe('0');
    const micro = priceOne(
      ec2({ instanceType: 't3.micro', burstable: { averageCpuPercent: 20 }, purchase: { option: 'spot' } }),
    );
    // spot 0.0104 × 0.4 × 730 = 3.0368; surplus 10% × 2 × 730 × 0.05 = 7.30
    expect(monthlyCents(micro)).toBe('10.34');
  });
  it('"burstable" on a non-T type warns and is ignored', () => {
    const line = priceOne(ec2({ burstable: { averageCpuPercent: 90 } }));
    expect(monthlyCents(line)).toBe('70.08');
    expect(line.warnings.map((w) => w.key)).toContain('warn.notBurstable');
  });
});

describe('EC2 in an estimate', () => {
  it('Seoul m5.large from the Seoul table', () => {
    expect(monthlyCents(run([ec2()], { region: 'ap-northeast-2' }).lines[0]!)).toBe('86.14');
  });
});
