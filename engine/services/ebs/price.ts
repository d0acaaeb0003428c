/** Prices one EBS line. */
import type Decimal from 'decimal.js';
import type { PricingContext } from '../../estimate/context';
import { LineBuilder } from '../../estimate/line-builder';
import type { LineResult } from '../../estimate/types';
import { dec, ZERO } from '../../money/decimal';
import type { EbsItem } from '../../scenario/schema';
import { operand as o } from '../../trace/steps';
import type { LocalizedText, Message, Operand } from '../../trace/types';
import { aboveZero, decimalOf, sumCharges, timesCount } from '../amounts';
import { termCosts } from '../ec2/formulas';
import {
  aboveIncluded,
  EBS_MONTH_HOURS,
  GP3_INCLUDED_IOPS,
  GP3_INCLUDED_THROUGHPUT,
  io2IopsCost,
  io2IopsTiers,
  monthFraction,
  snapshotGbMonths,
} from './formulas';

const TIER_NAMES = ['≤ 32,000', '32,001–64,000', '> 64,000'];
const EBS_MONTH = dec(EBS_MONTH_HOURS);
const THIRTY = dec(30);

export function priceEbs(item: EbsItem, ctx: PricingContext): LineResult {
  const b = new LineBuilder(item, ctx);
  const t = item.volumeType;
  const size = decimalOf(item.sizeGB);
  const count = decimalOf(item.count);
  const fraction = monthFraction(item.hoursPerMonth);
  const partial = item.hoursPerMonth !== undefined && fraction.lessThan(1);
  if (partial)
    b.step('rule', 'ebs.monthFraction', { hours: String(item.hoursPerMonth) }, undefined, o(fraction, ''));
  /** "× 12 h ÷ 720 h" for a partial month, then "× N volumes" when more than one */
  const tail = (): Operand[] => [
    ...(partial ? [o(dec(item.hoursPerMonth ?? 0), 'h'), o(EBS_MONTH, 'h', '÷')] : []),
    ...(item.count > 1 ? [o(count, 'instances')] : []),
  ];
  const charges: Decimal[] = [];
  /** × share of the month (when partial) × volumes */
  const scaled = (amount: Decimal) => timesCount(partial ? amount.times(fraction) : amount, item.count);

  const storagePrice = b.curated('ebs', `${t}.storage`);
  if (storagePrice)
    charges.push(
      b.calc(
        'ebs.storage',
        { volumeType: t },
        [o(size, 'GB'), o(storagePrice, 'usd/GB-month'), ...tail()],
        scaled(size.times(storagePrice)),
      ),
    );

  if (t === 'gp2')
    b.step('note', 'ebs.gp2Iops', { iops: String(Math.min(16_000, Math.max(100, item.sizeGB * 3))) });
  if (t === 'gp3') {
    b.step('rule', 'ebs.includedIops');
    const extraIops = aboveIncluded(item.iops, GP3_INCLUDED_IOPS);
    if (aboveZero(extraIops)) {
      const price = b.curated('ebs', 'gp3.iops');
      if (price)
        charges.push(
          b.calc(
            'ebs.iops',
            { volumeType: t },
            [o(extraIops, 'IOPS'), o(price, 'usd/IOPS-month'), ...tail()],
            scaled(extraIops.times(price)),
          ),
        );
    }
    const extraThroughput = aboveIncluded(item.throughputMBps, GP3_INCLUDED_THROUGHPUT);
    if (aboveZero(extraThroughput)) {
      const price = b.curated('ebs', 'gp3.throughput');
      if (price)
        charges.push(
          b.calc(
            'ebs.throughput',
            undefined,
            [o(extraThroughput, 'MB/s'), o(price, 'usd/MBps-month'), ...tail()],
            scaled(extraThroughput.times(price)),
          ),
        );
    }
  }
  if (t === 'io1' && item.iops !== undefined && item.iops > 0) {
    const price = b.curated('ebs', 'io1.iops');
    const iops = decimalOf(item.iops);
    if (price)
      charges.push(
        b.calc(
          'ebs.iops',
          { volumeType: t },
          [o(iops, 'IOPS'), o(price, 'usd/IOPS-month'), ...tail()],
          scaled(iops.times(price)),
        ),
      );
  }
  if (t === 'io2' && item.iops !== undefined && item.iops > 0) {
    const tier1 = b.curated('ebs', 'io2.iops.tier1');
    const tier2 = item.iops > 32_000 ? b.curated('ebs', 'io2.iops.tier2') : ZERO;
    const tier3 = item.iops > 64_000 ? b.curated('ebs', 'io2.iops.tier3') : ZERO;
    if (tier1 && tier2 && tier3) {
      const { parts } = io2IopsCost(item.iops, io2IopsTiers(tier1, tier2, tier3));
      for (const part of parts)
        charges.push(
          b.calc(
            'ebs.iopsTier',
            { tier: TIER_NAMES[part.index] ?? String(part.index + 1) },
            [o(part.quantity, 'IOPS'), o(part.price, 'usd/IOPS-month'), ...tail()],
            scaled(part.amount),
          ),
        );
    }
  }
  if (item.snapshots) {
    const s = item.snapshots;
    const initial = s.initialGB === undefined ? size : dec(s.initialGB);
    const price = b.curated('ebs', 'snapshot.standard');
    const g = snapshotGbMonths(initial, s.dailyChangePercent, s.retentionDays);
    b.calc('ebs.snapshotBase', undefined, [o(initial, 'GB')], initial, 'GB-month');
    b.calc(
      'ebs.snapshotIncrements',
      { retention: g.keptDays.toString() },
      [o(THIRTY, ''), o(g.dailyChangeGB, 'GB'), o(g.keptDays, 'days'), o(THIRTY, 'days', '÷')],
      g.incrementsGbMonths,
      'GB-month',
    );
    if (price)
      charges.push(
        b.calc(
          'ebs.snapshotCharge',
          undefined,
          [
            o(g.total, 'GB-month'),
            o(price, 'usd/GB-month'),
            ...(item.count > 1 ? [o(count, 'instances')] : []),
          ],
          timesCount(g.total.times(price), item.count),
        ),
      );
  }
  const monthly = sumCharges(charges);
  const description = `${item.count} × ${t} ${item.sizeGB} GB${item.iops ? `, ${item.iops} IOPS` : ''}${item.throughputMBps ? `, ${item.throughputMBps} MB/s` : ''}${item.snapshots ? ', daily snapshots' : ''}`;
  return b.finish(
    {
      quantity: partial ? size.times(count).times(fraction) : timesCount(size, item.count),
      unit: 'GB-month',
      unitPrice: storagePrice,
      unitPriceUnit: 'usd/GB-month',
    },
    b.unpriced ? null : termCosts({ upfront: ZERO, monthly, termMonths: null, onDemandMonthly: null }),
    {
      optionLabel: 'on-demand',
      purchase: null,
      description,
      descriptionMessage: item.description === undefined ? describeEbs(item) : null,
    },
  );
}

const DAILY_SNAPSHOTS: LocalizedText = { en: ', daily snapshots', ko: ', 일일 스냅샷' };

function describeEbs(item: EbsItem): Message {
  return {
    key: 'describe.ebs',
    params: {
      count: String(item.count),
      volumeType: item.volumeType,
      size: String(item.sizeGB),
      iops: item.iops ? { key: 'describe.iops', params: { iops: String(item.iops) } } : '',
      throughput: item.throughputMBps
        ? { key: 'describe.throughput', params: { throughput: String(item.throughputMBps) } }
        : '',
      snapshots: item.snapshots ? DAILY_SNAPSHOTS : '',
    },
  };
}
