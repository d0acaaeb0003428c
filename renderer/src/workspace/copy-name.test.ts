import { describe, expect, it } from 'vitest';
import { copyName } from './copy-name';

describe('copyName', () => {
  it('adds "(사본)", then numbers further copies, also when copying a copy', () => {
    expect(copyName(['서울 웹'], '서울 웹', '사본')).toBe('서울 웹 (사본)');
    expect(copyName(['서울 웹', '서울 웹 (사본)'], '서울 웹', '사본')).toBe('서울 웹 (사본 2)');
    expect(copyName(['Web', 'Web (copy)', 'Web (copy 2)'], 'Web (copy)', 'copy')).toBe('Web (copy 3)');
  });

  it('stays within the 120-character limit the scenario schema sets', () => {
    const long = '가'.repeat(120);
    const name = copyName([long], long, '사본');
    expect([...name]).toHaveLength(120);
    expect(name.endsWith(' (사본)')).toBe(true);
  });
});
