import { describe, expect, it } from 'vitest';
import { displayWidth, textTable } from './text-table';

describe('textTable', () => {
  it('counts Hangul as two terminal columns and ASCII, ₩ and digits as one', () => {
    expect(displayWidth('EC2')).toBe(3);
    expect(displayWidth('데이터 전송')).toBe(11);
    expect(displayWidth('₩1385.2/USD')).toBe(11);
    expect(displayWidth('예약 인스턴스(RI) 표준 1년')).toBe(26);
  });

  it('lines up columns with Korean cells: every row starts each column at the same terminal column', () => {
    const table = textTable(
      [
        ['ID', '서비스', '월 요금'],
        ['web-servers', 'EC2', '189.80'],
        ['traffic', '데이터 전송', '249.40'],
      ],
      new Set([2]),
    );
    const rows = table.split('\n');
    expect(rows).toEqual([
      'ID           서비스       월 요금',
      'web-servers  EC2           189.80',
      'traffic      데이터 전송   249.40',
    ]);
    expect(new Set(rows.map(displayWidth))).toEqual(new Set([33]));
  });
});
