import { describe, expect, it } from 'vitest';
import { cellText, groupDigits } from './display-cells';

describe('display cells', () => {
  it('groups the integer part by thousands and keeps every digit of the decimal string', () => {
    expect(groupDigits('1069.97')).toBe('1,069.97');
    expect(groupDigits('1234567.8910')).toBe('1,234,567.8910');
    expect(groupDigits('-1200')).toBe('-1,200');
    expect(groupDigits('999')).toBe('999');
    expect(groupDigits('0.0000166667')).toBe('0.0000166667');
  });

  it('shows text as it is, nothing for null, and a "+" only on positive differences', () => {
    expect(cellText('온디맨드')).toBe('온디맨드');
    expect(cellText(null)).toBe('');
    expect(cellText({ number: '12.30' }, { signed: true })).toBe('+12.30');
    expect(cellText({ number: '0.01' }, { signed: true })).toBe('+0.01');
    expect(cellText({ number: '0.00' }, { signed: true })).toBe('0.00');
    expect(cellText({ number: '-5.0' }, { signed: true })).toBe('-5.0');
    expect(cellText({ number: '1500' })).toBe('1,500');
  });
});
