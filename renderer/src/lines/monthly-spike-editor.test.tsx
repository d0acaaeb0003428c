// @vitest-environment jsdom
import { cleanup, fireEvent, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ec2Item, Scenario } from '../../../engine/scenario';
import { defaultScenario } from '../app/default-scenario';
import type { Language } from '../i18n';
import { axeViolations } from '../test/axe';
import { probe, renderLines } from './test-render-lines';

afterEach(cleanup);

/** 2 × m5.large in us-east-1 ($0.096/h), always on: 1,460 h × $0.096 = $140.16 */
function batch(language: Language, hoursPerMonth = 730): Scenario {
  const base = defaultScenario(language);
  const item: Ec2Item = {
    service: 'ec2',
    id: 'batch',
    tags: [],
    instanceType: 'm5.large',
    count: 2,
    os: 'linux',
    tenancy: 'shared',
    usage: { pattern: 'always-on' },
    purchase: { option: 'on-demand' },
  };
  return { ...base, region: 'us-east-1', settings: { ...base.settings, hoursPerMonth }, items: [item] };
}

const card = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-line-id="batch"]')!;
const monthly = (line: HTMLElement) => within(line).getByTestId('line-monthly').textContent;
const usageOf = () => (probe.state?.scenario.items[0] as Ec2Item).usage;
const type = (line: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(line).getByLabelText(label), { target: { value } });

describe('EC2 editor: monthly spike', () => {
  it('picks the pattern, prices 2 all month + 6 for 72 h = $167.81, and refuses what the month cannot hold', async () => {
    const { container } = renderLines(batch('en'), 'en');
    const line = card(container);
    expect(monthly(line)).toBe('$140.16');

    type(line, 'Usage pattern', 'monthly-spike');
    // starts with one more instance for a 3-day spike: 1,460 h + 72 h = 1,532 h × $0.096 = $147.07
    expect(usageOf()).toEqual({ pattern: 'monthly-spike', peakCount: 3, spikeHoursPerMonth: 72 });
    expect(monthly(line)).toBe('$147.07');
    expect(within(line).getByText('Days: 3 (month: 730 h)')).toBeTruthy();

    type(line, 'Instances at peak', '6');
    expect(monthly(line)).toBe('$167.81'); // (1,460 + 4 × 72) h × $0.096 = $167.808

    type(line, 'Instances at peak', '1');
    expect(within(line).getByText('Instances at peak must be at least the baseline (2)')).toBeTruthy();
    expect(usageOf()).toEqual({ pattern: 'monthly-spike', peakCount: 6, spikeHoursPerMonth: 72 });
    type(line, 'Instances at peak', '6');

    type(line, 'Spike hours per month', '740');
    expect(within(line).getByText('The monthly spike cannot be longer than the month (730 h)')).toBeTruthy();
    type(line, 'Spike hours per month', '800');
    expect(within(line).getByText('Must be at most 744')).toBeTruthy();
    expect(monthly(line)).toBe('$167.81');

    type(line, 'Spike hours per month', '730');
    expect(within(line).queryByText('Must be at most 744')).toBeNull();
    expect(monthly(line)).toBe('$420.48'); // 6 always on: 4,380 h × $0.096
    expect(await axeViolations(container)).toEqual([]);
  });

  it('in Korean, and a 744-h month lets the spike last all month', () => {
    const { container } = renderLines(batch('ko', 744), 'ko');
    const line = card(container);
    const pattern = within(line).getByLabelText('사용 패턴') as HTMLSelectElement;
    fireEvent.focus(pattern);
    expect([...pattern.options].map((o) => o.textContent)).toContain('기본 + 월간 피크');
    fireEvent.change(pattern, { target: { value: 'monthly-spike' } });
    type(line, '피크 시 인스턴스 수', '1');
    expect(within(line).getByText('피크 시 인스턴스 수는 기본 수(2) 이상이어야 합니다')).toBeTruthy();
    type(line, '피크 시 인스턴스 수', '6');
    type(line, '월간 피크 시간 (시간/월)', '744');
    expect(usageOf()).toEqual({ pattern: 'monthly-spike', peakCount: 6, spikeHoursPerMonth: 744 });
    expect(within(line).getByText('일수: 31일 (한 달 744시간)')).toBeTruthy();
    expect(monthly(line)).toBe('$428.54'); // 6 × 744 h × $0.096 = $428.544
  });
});
