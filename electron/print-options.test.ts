import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aboutText, escapeHtml, pdfFooterTemplate, pdfOptions } from './print-options';
import { BUNDLED_SNAPSHOT, snapshotInfoFrom } from './snapshot-info';

const snapshot = { snapshotDate: '2026-07-20', snapshotId: 'aws-2026-07-20' };

describe('About box', () => {
  it('shows the version, the snapshot date and the tax note in Korean', () => {
    expect(aboutText('ko', '0.1.0', snapshot)).toEqual({
      title: 'CloudSizer 정보',
      message: 'CloudSizer 0.1.0',
      detail:
        '가격 스냅샷 날짜: 2026-07-20\n' +
        '모든 가격은 AWS 공개 정가(USD)이며 세금(부가가치세 10%)은 포함되지 않습니다.\n' +
        '가격은 고정된 스냅샷 기준이며 실제 청구 금액과 다를 수 있습니다.',
      ok: '확인',
    });
  });

  it('says "unknown" rather than inventing a date', () => {
    expect(aboutText('en', '0.1.0', { snapshotDate: null, snapshotId: null }).detail).toMatch(
      /^Price snapshot date: unknown\n/,
    );
  });
});

describe('PDF footer', () => {
  it('carries the snapshot date, the tax note and page numbers', () => {
    const footer = pdfFooterTemplate('ko', snapshot);
    expect(footer).toContain('CloudSizer · 가격 스냅샷 2026-07-20 · 가격은 세금(VAT) 제외');
    expect(footer).toContain('<span class="pageNumber"></span> / <span class="totalPages"></span>');
    expect(footer).toContain('font-size:8px');
    expect(pdfFooterTemplate('en', snapshot)).toContain('Prices exclude tax (VAT)');
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<b>"R&D"</b>'`)).toBe('&#60;b&#62;&#34;R&#38;D&#34;&#60;/b&#62;&#39;');
  });

  it('defaults to A4 portrait with backgrounds and the footer on', () => {
    expect(pdfOptions('en', snapshot, {})).toMatchObject({
      pageSize: 'A4',
      landscape: false,
      printBackground: true,
      displayHeaderFooter: true,
    });
    expect(pdfOptions('en', snapshot, { landscape: true, pageSize: 'Letter' })).toMatchObject({
      pageSize: 'Letter',
      landscape: true,
    });
  });
});

describe('snapshotInfoFrom', () => {
  it('reads the date and id of a manifest and ignores other fields', () => {
    expect(
      snapshotInfoFrom({
        schemaVersion: 1,
        snapshotId: 'aws-2026-07-20',
        snapshotDate: '2026-07-20',
        tables: [],
      }),
    ).toEqual(snapshot);
  });

  it('gives nulls for a missing or malformed manifest', () => {
    expect(snapshotInfoFrom(undefined)).toEqual({ snapshotDate: null, snapshotId: null });
    expect(snapshotInfoFrom({ snapshotId: 'x', snapshotDate: '20 July 2026' })).toEqual({
      snapshotDate: null,
      snapshotId: null,
    });
  });
});

describe('BUNDLED_SNAPSHOT', () => {
  it('is the date and id of pricing-data/manifest.json, inlined at build time', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../pricing-data/manifest.json', import.meta.url), 'utf8'),
    ) as {
      snapshotDate: string;
      snapshotId: string;
    };
    expect(BUNDLED_SNAPSHOT).toEqual({
      snapshotDate: manifest.snapshotDate,
      snapshotId: manifest.snapshotId,
    });
    expect(BUNDLED_SNAPSHOT.snapshotDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
