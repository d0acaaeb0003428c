import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../engine/scenario';
import { startingScenario } from './default-scenario';

/** The scenario with every text a person reads blanked out: what is priced. */
function pricedPart(scenario: Scenario) {
  return {
    ...scenario,
    name: '',
    description: '',
    groups: scenario.groups.map((g) => ({ ...g, name: '' })),
    items: scenario.items.map((item) => ({ ...item, description: '' })),
  };
}

describe('startingScenario', () => {
  it('opens the Seoul example in Korean for the Korean UI and in English otherwise', () => {
    expect(startingScenario('ko').name).toBe('서울 3계층 웹 서비스');
    expect(startingScenario('ko').groups.map((g) => g.name)).toEqual([
      '웹 계층',
      '애플리케이션 계층',
      '데이터베이스 계층',
      '스토리지와 네트워크',
    ]);
    expect(startingScenario('en').name).toBe('Seoul 3-tier web service');
  });

  it('the Korean twin prices exactly what the English example prices (only the texts differ)', () => {
    const ko = startingScenario('ko');
    const en = startingScenario('en');
    expect(pricedPart(ko)).toEqual(pricedPart(en));
    expect(
      ko.items.every(
        (item, i) => item.description === undefined || item.description !== en.items[i]!.description,
      ),
    ).toBe(true);
  });
});
