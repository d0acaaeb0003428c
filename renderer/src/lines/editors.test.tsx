// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../engine/scenario';
import { defaultScenario } from '../app/default-scenario';
import { axeViolations } from '../test/axe';
import { renderApp } from '../test/render-app';

afterEach(cleanup);

const card = (container: HTMLElement, id: string) =>
  container.querySelector<HTMLElement>(`[data-line-id="${id}"]`)!;

function scenarioWith(items: Scenario['items']): Scenario {
  return { ...defaultScenario('en'), items };
}

describe('line editors', () => {
  it('EBS: switching the volume type keeps only what the type accepts; gp3 extras are priced', async () => {
    const { container } = renderApp({
      language: 'en',
      scenario: scenarioWith([
        { service: 'ebs', id: 'v', tags: [], volumeType: 'gp3', sizeGB: 500, count: 1 },
      ]),
    });
    const volume = card(container, 'v');
    // Seoul gp3 500 GB: the storage only
    const storageOnly = within(volume).getByTestId('line-monthly').textContent;
    fireEvent.change(within(volume).getByLabelText('IOPS'), { target: { value: '6000' } });
    const withIops = within(volume).getByTestId('line-monthly').textContent;
    expect(withIops).not.toBe(storageOnly);

    fireEvent.change(within(volume).getByLabelText('Volume type'), { target: { value: 'io2' } });
    expect((within(volume).getByLabelText('IOPS') as HTMLInputElement).value).toBe('6000');
    expect(within(volume).queryByLabelText('Throughput (MB/s)')).toBeNull();

    fireEvent.change(within(volume).getByLabelText('Volume type'), { target: { value: 'st1' } });
    expect(within(volume).queryByLabelText('IOPS')).toBeNull();

    fireEvent.click(within(volume).getByLabelText('Include snapshots'));
    expect((within(volume).getByLabelText('Retention (days)') as HTMLInputElement).value).toBe('7');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('EC2: a weekly schedule, a Reserved Instance and T-family credits are edited in place', async () => {
    const { container } = renderApp({
      language: 'en',
      scenario: scenarioWith([
        {
          service: 'ec2',
          id: 't',
          tags: [],
          instanceType: 't3.medium',
          count: 1,
          os: 'linux',
          tenancy: 'shared',
          usage: { pattern: 'always-on' },
          purchase: { option: 'on-demand' },
        },
      ]),
    });
    const line = card(container, 't');
    const alwaysOn = within(line).getByTestId('line-monthly').textContent;
    fireEvent.change(within(line).getByLabelText('Usage pattern'), { target: { value: 'weekly' } });
    expect(within(line).getByRole('group', { name: 'Days' })).toBeTruthy();
    expect((within(line).getByLabelText('Mon') as HTMLInputElement).checked).toBe(true);
    expect((within(line).getByLabelText('Sat') as HTMLInputElement).checked).toBe(false);
    expect(within(line).getByTestId('line-monthly').textContent).not.toBe(alwaysOn);

    // no day at all is refused where the days are
    for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']) fireEvent.click(within(line).getByLabelText(day));
    expect(within(line).getByText('Choose at least one day')).toBeTruthy();
    fireEvent.click(within(line).getByLabelText('Sat'));
    expect(within(line).queryByText('Choose at least one day')).toBeNull();

    fireEvent.change(within(line).getByLabelText('Purchase option'), { target: { value: 'reserved' } });
    expect((within(line).getByLabelText('Payment option') as HTMLSelectElement).value).toBe('no-upfront');

    // t3.medium: 24 credits/h ÷ 2 vCPU ÷ 60 = 20% baseline per vCPU
    const average = within(line).getByLabelText('Average CPU (% per vCPU)') as HTMLInputElement;
    expect(average.placeholder).toBe('20');
    fireEvent.change(average, { target: { value: '35' } });
    expect(within(line).getByLabelText('Credit mode')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('an instance type missing from the catalogue is said so under the field, and the line is unpriced', () => {
    const { container } = renderApp({ language: 'en', scenario: defaultScenario('en') });
    const line = card(container, 'ec2-1');
    fireEvent.change(within(line).getByLabelText('Instance type'), { target: { value: 'm5.gigantic' } });
    expect(within(line).getByText('Not in the snapshot catalogue')).toBeTruthy();
    expect(within(line).getByText('Unpriced')).toBeTruthy();
    expect(screen.getByTestId('totals-incomplete').textContent).toBe('Incomplete: 1 unpriced line');
  });

  it('a mistyped instance type gets the catalogue types it was probably meant to be, under the field and in the reason', () => {
    const { container } = renderApp({ language: 'en', scenario: defaultScenario('en') });
    const line = card(container, 'ec2-1');
    fireEvent.change(within(line).getByLabelText('Instance type'), { target: { value: 't3.mirco' } });
    expect(within(line).getByText('Not in the snapshot catalogue · similar types: t3.micro')).toBeTruthy();
    expect(line.textContent).toContain(
      'Instance type t3.mirco is not in the catalogue. Similar types: t3.micro',
    );
  });
});
