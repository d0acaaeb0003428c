import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { CsvRecordSplitter, type CsvRecord } from './csv-records';

function splitAll(text: string, cuts: number[] = []): CsvRecord[] {
  const splitter = new CsvRecordSplitter();
  const out: CsvRecord[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    out.push(...splitter.push(text.slice(from, cut)));
    from = cut;
  }
  out.push(...splitter.push(text.slice(from)));
  out.push(...splitter.end());
  return out;
}

describe('CsvRecordSplitter', () => {
  it('splits quoted and unquoted fields and reports the starting line of each record', () => {
    const text = 'sep=,\n"SKU","Price"\r\n\nA,"1,5"\n"B ""x""","multi\nline"\nC,\n';
    expect(splitAll(text)).toEqual([
      { fields: ['sep=', ''], line: 1 },
      { fields: ['SKU', 'Price'], line: 2 },
      { fields: ['A', '1,5'], line: 4 },
      { fields: ['B "x"', 'multi\nline'], line: 5 },
      { fields: ['C', ''], line: 7 },
    ]);
  });

  it('keeps the last record when the file does not end with a newline', () => {
    expect(splitAll('a,b\nc,d')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['c', 'd'], line: 2 },
    ]);
  });

  it('rejects an unterminated quoted field with its line', () => {
    const splitter = new CsvRecordSplitter();
    splitter.push('a,b\n"open,');
    expect(() => splitter.end()).toThrow('unterminated quoted field starting on line 2');
  });

  const cell = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'b', ' ', '$', '.', '1') }),
    fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', 'x') }),
  );
  const rows = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 });

  it('agrees with papaparse on any quoted CSV, whatever the chunk boundaries', () => {
    fc.assert(
      fc.property(rows, fc.array(fc.nat(), { maxLength: 5 }), (table, rawCuts) => {
        const text = Papa.unparse(table, { quotes: true, newline: '\n' }) + '\n';
        const cuts = rawCuts.map((c) => c % (text.length + 1));
        const expected = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
        expect(splitAll(text, cuts).map((r) => r.fields)).toEqual(expected);
      }),
    );
  });
});
