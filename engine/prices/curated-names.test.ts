import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../pricing-data/schema';
import { sourceFor } from '../../tools/prices/update/merge-snapshot';
import { curatedItemName, dataNote, koreanDataText } from './curated-names';
import type { PriceSnapshot } from './load-snapshot';
import { bundledSnapshot } from './testing/bundled-files';

const snap = bundledSnapshot();
const CURATED = [
  ['ebs', 'ebs'],
  ['s3', 's3'],
  ['data-transfer', 'transfer'],
  ['lambda', 'lambda'],
] as const;

/**
 * Every free text of a snapshot that the UI shows (gaps table, sources table, estimate badges, traces),
 * with where it is. Not listed: external source titles (names kept as they are) and the S3 class rules'
 * notes (only their numbers are used).
 */
function shownTexts(snapshot: PriceSnapshot): Map<string, string> {
  const texts = new Map<string, string>();
  const add = (text: string | undefined, where: string) => {
    if (text !== undefined && text !== '' && !texts.has(text)) texts.set(text, where);
  };
  for (const [service, field] of CURATED)
    for (const region of REGIONS)
      for (const item of snapshot[field].regions[region] ?? [])
        add(item.note, `${service} ${region} ${item.key} note`);
  for (const table of [snapshot.onDemand, snapshot.onDemandWindows])
    for (const region of REGIONS)
      for (const [type, rate] of Object.entries(table.regions[region] ?? {}))
        add(rate.note, `${table.table} ${region} ${type} note`);
  for (const source of snapshot.manifest.sources) {
    add(source.note, `manifest source ${source.id} note`);
    const ours = source.kind === 'derived-rule' || source.kind === 'none' || source.id.startsWith('curated-');
    if (ours) add(source.title, `manifest source ${source.id} title`);
  }
  add(snapshot.licenseRules.windows.method, 'ec2-license-rules windows.method');
  add(snapshot.typicalDiscounts.label, 'typical-discounts-estimate label');
  return texts;
}

const numbersIn = (text: string) => text.match(/\d+(?:\.\d+)?/g) ?? [];

describe('Korean for the texts of the bundled price tables', () => {
  const texts = shownTexts(snap);

  it('finds the notes, titles, method and label the UI shows', () => {
    // 39 distinct curated and on-demand notes, 16 more source notes and titles, the Windows method, the
    // discount table's label (counted over pricing-data/*.json with a separate script)
    expect(texts.size).toBe(57);
    expect(texts.get('CONFLICTING sources (0.0174 / 0.018 / 0.0285 / 0.029): treat as unavailable')).toBe(
      'ebs ap-northeast-2 sc1.storage note',
    );
    expect(texts.has(snap.licenseRules.windows.method)).toBe(true);
  });

  it('has Korean for every one of them', () => {
    const missing = [...texts].filter(([text]) => koreanDataText(text) === null);
    expect(missing.map(([text, where]) => `${where}: "${text}"`)).toEqual([]);
  });

  it('keeps every number of the English in the Korean', () => {
    const dropped = [...texts].flatMap(([text]) => {
      const korean = koreanDataText(text) ?? '';
      return numbersIn(text)
        .filter((n) => !korean.includes(n))
        .map((n) => `${n} missing from "${korean}"`);
    });
    expect(dropped).toEqual([]);
  });

  it('has a Korean name for every curated item key', () => {
    const missing = CURATED.flatMap(([service, field]) =>
      REGIONS.flatMap((region) => snap[field].regions[region] ?? [])
        .filter((item) => curatedItemName(service, item.key, item.label).ko === item.label)
        .map((item) => `${service}:${item.key}`),
    );
    expect(missing).toEqual([]);
  });

  it('translates a note and keeps the English as written', () => {
    expect(dataNote('copy of ebs/pricing (2021)')).toEqual({
      en: 'copy of ebs/pricing (2021)',
      ko: 'ebs/pricing 사본 (2021)',
    });
    expect(dataNote('aws.amazon.com/lambda/pricing (late-2025 copy)').ko).toBe(
      'aws.amazon.com/lambda/pricing (2025년 말 사본)',
    );
  });
});

describe('koreanDataText', () => {
  it('keeps a text of URLs, paths and codes as it is', () => {
    expect(koreanDataText('aws.amazon.com/ec2/pricing/on-demand')).toBe(
      'aws.amazon.com/ec2/pricing/on-demand',
    );
    expect(koreanDataText('10-15%')).toBe('10-15%');
  });

  it('returns null for an English text it does not know; dataNote then keeps the English', () => {
    expect(koreanDataText('a new note from a later snapshot')).toBeNull();
    expect(dataNote('copied from a new source').ko).toBe('copied from a new source');
  });

  it("translates the price updater's source title and note, as merge-snapshot writes them", () => {
    const source = sourceFor({
      sourceId: 'aws-price-list-amazonec2-ap-northeast-2-20261201',
      offerCode: 'AmazonEC2',
      region: 'ap-northeast-2',
      url: 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/ap-northeast-2/index.csv',
      publicationDate: '2026-12-01T00:00:00Z',
      readFrom: '/home/u/prices/AmazonEC2-ap-northeast-2.csv',
    });
    expect(koreanDataText(source.title)).toBe('AWS Price List 일괄 파일: AmazonEC2 ap-northeast-2');
    expect(koreanDataText(source.note ?? '')).toBe(
      '게시일 2026-12-01T00:00:00Z; 읽은 곳: /home/u/prices/AmazonEC2-ap-northeast-2.csv',
    );
    const undated = sourceFor({
      sourceId: 'x',
      offerCode: 'AmazonS3',
      region: 'us-east-1',
      url: 'https://example.invalid/index.csv',
      publicationDate: undefined,
      readFrom: 'https://example.invalid/index.csv',
    });
    expect(koreanDataText(undated.note ?? '')).toBe(
      '게시일 없음; 읽은 곳: https://example.invalid/index.csv',
    );
    // merge-snapshot.ts: the note of an item the imported file has no price for
    expect(koreanDataText('AmazonS3 ap-northeast-2 has no price for this item')).toBe(
      'AmazonS3 ap-northeast-2에 이 항목의 가격이 없음',
    );
  });
});
