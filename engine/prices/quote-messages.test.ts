/**
 * Every quote the snapshot lookups give carries a message that says in English exactly what its
 * `explanation` / `reason` says, and in Korean says it without English sentences (source titles and codes
 * such as m5.large or us-east-1 stay as they are).
 */
import { describe, expect, it } from 'vitest';
import type { OperatingSystem, PaymentOption, RiTerm } from '../../pricing-data/schema';
import { formatMessage } from '../trace/format';
import { englishWordsIn } from '../trace/testing/english-words';
import type { Message } from '../trace/types';
import { reservedRate, savingsPlanRate } from './commitments';
import { curatedPrice, type CuratedService } from './curated';
import { onDemandHourly } from './on-demand';
import type { CuratedQuote, PriceQuote, RiQuote, SpotQuote } from './quotes';
import { spotEstimate } from './spot';
import { bundledSnapshot } from './testing/bundled-files';

const snap = bundledSnapshot();
const TITLES = [...snap.sources.values()].map((s) => s.title);
const REGIONS = ['us-east-1', 'ap-northeast-2', 'eu-west-3', 'mars-north-1'];
const OSES: OperatingSystem[] = ['linux', 'windows'];

type Quote = PriceQuote | SpotQuote | RiQuote | CuratedQuote;

/** The quote's English text and its message; throws when a lookup forgot the message. */
function textAndMessage(quote: Quote): { en: string; message: Message } {
  const en = quote.status === 'priced' ? ('explanation' in quote ? quote.explanation : null) : quote.reason;
  if (en === null) throw new Error('a priced curated quote has no explanation to check');
  const message = 'message' in quote ? quote.message : undefined;
  if (!message) throw new Error(`no message for: ${en}`);
  return { en, message };
}

function check(quote: Quote, codes: readonly string[] = []): void {
  if (quote.status === 'priced' && !('explanation' in quote)) return;
  const { en, message } = textAndMessage(quote);
  expect(formatMessage(message, 'en')).toBe(en);
  const ko = formatMessage(message, 'ko');
  expect(englishWordsIn(ko, [...TITLES, ...codes]), ko).toEqual([]);
}

describe('quote messages', () => {
  it('on-demand and Spot, every catalogue type in three regions and an unknown one, Linux and Windows', () => {
    let count = 0;
    for (const region of REGIONS)
      for (const { type } of snap.catalogue.types)
        for (const os of OSES) {
          check(onDemandHourly(snap, region, type, os));
          check(spotEstimate(snap, region, type, os));
          count += 2;
        }
    check(onDemandHourly(snap, 'us-east-1', 'zz9.large', 'linux'));
    expect(count).toBeGreaterThan(10_000);
  });

  it('Reserved Instances and Savings Plans: exact cards, split estimates, typical-discount estimates, gaps', () => {
    const types = ['m5.large', 'm5.xlarge', 't3.micro', 'x2iedn.32xlarge', 'c5.large', 'zz9.large'];
    const terms: RiTerm[] = ['1yr', '3yr'];
    const payments: PaymentOption[] = ['no-upfront', 'partial-upfront', 'all-upfront'];
    for (const region of REGIONS)
      for (const type of types)
        for (const os of OSES)
          for (const term of terms)
            for (const payment of payments) {
              for (const offeringClass of ['standard', 'convertible'] as const)
                check(reservedRate(snap, { region, type, os, term, offeringClass, payment }));
              for (const planType of ['compute', 'ec2-instance'] as const)
                check(savingsPlanRate(snap, { region, type, os, term, planType, payment }));
            }
  });

  it('curated prices: every key, missing regions and unknown keys', () => {
    const services: CuratedService[] = ['ebs', 's3', 'data-transfer', 'lambda'];
    const table = { ebs: snap.ebs, s3: snap.s3, 'data-transfer': snap.transfer, lambda: snap.lambda };
    for (const service of services) {
      const keys = new Set(Object.values(table[service].regions).flatMap((items) => items.map((i) => i.key)));
      for (const region of REGIONS) {
        for (const key of keys) check(curatedPrice(snap, service, region, key));
        // an unknown key lists the known ones: codes, as the price tables spell them
        check(curatedPrice(snap, service, region, 'no.such.key'), [...keys]);
      }
    }
  });

  it('reads as Korean for the known cases', () => {
    const ko = (quote: Quote) => formatMessage(textAndMessage(quote).message, 'ko');
    expect(ko(onDemandHourly(snap, 'ap-northeast-2', 'm5.large', 'linux'))).toBe(
      'ap-northeast-2 m5.large 온디맨드 Linux 요금 0.118/시간, 출처: SkyPilot AWS catalogue rows for ap-northeast-2 (transcribed)',
    );
    expect(ko(onDemandHourly(snap, 'ap-northeast-2', 't3.micro', 'windows'))).toBe(
      '버스터블 t3.micro의 Windows 가격이 없습니다(ap-northeast-2): T 유형에는 실제 Windows 요금이 필요한데 스냅샷 2026-11-snapshot-1에는 없습니다(vCPU당 추가 요금 규칙은 버스터블이 아닌 유형에만 적용). AWS 가격 목록 파일로 가격 업데이트를 실행하면 채워집니다',
    );
    expect(ko(onDemandHourly(snap, 'ap-northeast-2', 'x2iedn.32xlarge', 'windows'))).toBe(
      'ap-northeast-2 x2iedn.32xlarge 온디맨드 Windows(라이선스 포함) 요금 44.57/시간, 출처: ec2instances.info rate card for x2iedn.32xlarge (25 regions)',
    );
    expect(
      ko(
        reservedRate(snap, {
          region: 'ap-northeast-2',
          type: 'm5.xlarge',
          os: 'linux',
          term: '1yr',
          offeringClass: 'standard',
          payment: 'no-upfront',
        }),
      ),
    ).toBe(
      '추정치(스냅샷 2026-11-snapshot-1에 정확한 요금 없음): ap-northeast-2 m5.xlarge Linux, 1년 표준 예약 인스턴스, 선결제 없음: Linux 온디맨드 0.236/시간 × (1 − 일반 할인율 0.3847); 선결제 비율 0(요금표 표본 26개)',
    );
    expect(ko(curatedPrice(snap, 'ebs', 'ap-northeast-2', 'gp3.throughput'))).toBe(
      '스냅샷 2026-11-snapshot-1에는 ap-northeast-2의 gp3 처리량(포함된 125 MB/s 초과분)(EBS) 가격 출처가 없습니다 (출처 메모: 찾지 못함)',
    );
  });

  it('the checker itself finds an English sentence', () => {
    expect(englishWordsIn('가격 없음: Windows price for burstable t3.micro is unavailable')).toEqual([
      'price',
      'for',
      'burstable',
      'is',
      'unavailable',
    ]);
    expect(englishWordsIn('스팟 인스턴스 c5.large (Linux), us-east-1, S3 Standard-IA, 10 GB')).toEqual([]);
  });
});
