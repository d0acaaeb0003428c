import { describe, expect, it } from 'vitest';
import { run } from '../testing/scenario';
import { csvField, toCsv } from './csv';
import { linesCsv } from './lines-csv';

describe('CSV', () => {
  it('starts with a UTF-8 BOM and ends rows with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', { number: '1.50' }],
      ]),
    ).toBe('\uFEFFa,b\r\nc,1.50\r\n');
  });
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
  });
  it('neutralises formula injection in text, keeps numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField({ number: '-2.50' })).toBe('-2.50');
    expect(() => csvField({ number: '=1+1' })).toThrow(/not a decimal/);
  });
  it('exports lines with Korean headers, trace and rounded totals', () => {
    const result = run(
      [
        {
          service: 'lambda',
          id: 'api',
          requestsPerMonth: 3_000_000,
          averageDurationMs: 120,
          memoryMB: 1536,
          description: '=cmd',
        },
      ],
      { settings: { vat: true } },
    );
    const csv = linesCsv(result, 'ko');
    expect(csv.startsWith('\uFEFF시나리오,항목 ID,그룹,태그,서비스,설명')).toBe(true);
    const rows = csv.split('\r\n');
    expect(rows[1]).toContain(",'=cmd,");
    expect(rows[1]).toContain(',2.73,0.00,32.80,98.40,');
    expect(csv).toContain('실행 시간(x86_64): 140,000 GB-초 × $0.0000166667/GB-초 = $2.33');
    expect(rows[rows.length - 3]).toMatch(/^test,,,,,부가세 \(10%\),.*,0.27,0.00,3.28,9.84,/);
    expect(rows[rows.length - 2]).toMatch(/^test,,,,,부가세 포함 합계,.*,3.01,0.00,36.08,108.24,/);
  });
});
