import { describe, expect, it } from 'vitest';
import { estimate, estimateDisplayRows, pricesFromSnapshot, usd } from '../../../engine';
import { readCsv } from '../../../engine/csv/read-csv';
import { startingScenario } from '../app/default-scenario';
import { bundledSnapshot } from '../price-tables/test-helpers';
import { csvBlob, estimateInput, scenarioCsv } from './csv-export';

const prices = pricesFromSnapshot(bundledSnapshot());
const seoul = startingScenario('ko');

describe('scenario CSV', () => {
  it('is the display rows of the scenario, with group names, headers in the UI language or in English', () => {
    const csv = scenarioCsv(seoul, prices, { lang: 'ko' });
    const rows = readCsv(csv);
    const result = estimate(seoul, prices);
    const display = estimateDisplayRows(estimateInput(seoul, result), { lang: 'ko' });
    expect(rows[0]).toEqual(display.headers);
    expect(rows[0]?.slice(0, 3)).toEqual(['시나리오', '항목 ID', '그룹']);
    expect(rows[1]?.[2]).toBe('웹 계층');
    const total = rows.find((row) => row[5] === '합계');
    expect(total?.[display.columns.indexOf('monthly')]).toBe(usd(result.totals.monthly));
    expect(total?.[display.columns.indexOf('monthly')]).toBe('1069.97');
    const english = readCsv(scenarioCsv(seoul, prices, { lang: 'ko', englishHeaders: true }));
    expect(english[0]?.slice(0, 3)).toEqual(['scenario', 'line id', 'group']);
    expect(english[1]?.[4]).toBe(rows[1]?.[4]);
  });
});

describe('csvBlob', () => {
  it('keeps the BOM as the bytes EF BB BF and the CRLF line ends', async () => {
    const csv = scenarioCsv(seoul, prices, { lang: 'en' });
    const bytes = new Uint8Array(await csvBlob(csv).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(csv);
    // one CRLF after each record; line breaks inside a quoted calculation cell stay LF
    expect(text.match(/\r\n/g)?.length).toBe(readCsv(csv).length);
  });
});
