import { describe, expect, it } from 'vitest';
import { counted } from './plural';

describe('counted', () => {
  it('says one noun for 1 and the plural for anything else', () => {
    expect(counted(1, 'instance')).toBe('1 instance');
    expect(counted(2, 'instance')).toBe('2 instances');
    expect(counted(0, 'row')).toBe('0 rows');
    expect(counted(3, 'column', 'columns')).toBe('3 columns');
  });
});
