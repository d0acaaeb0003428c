/** Prices one data transfer line. The free allowance and the tiers are shared by the estimate's lines. */
import type Decimal from 'decimal.js';
import type { PricingContext } from '../../estimate/context';
import { LineBuilder } from '../../estimate/line-builder';
import type { LineResult } from '../../estimate/types';
import { dec, ZERO } from '../../money/decimal';
import type { TransferItem } from '../../scenario/schema';
import { operand as o } from '../../trace/steps';
import { commaList, INTERNET_OUT_TIERS, NONE } from '../../trace/terms';
import type { Message, Param } from '../../trace/types';
import { aboveZero, decimalOf, minusUnlessZero, plusNumber, plusUnlessZero, sumCharges } from '../amounts';
import { termCosts } from '../ec2/formulas';
import { tieredCostOfTouched, touchedTiers } from '../touched-tiers';
import { allowanceCovers, INTERNET_OUT_BOUNDS, internetOutTiers, interRegionKey } from './formulas';

const TIER_KEYS = [
  'internet-out.tier1',
  'internet-out.tier2',
  'internet-out.tier3',
  'internet-out.tier4',
] as const;

function freeAllowance(b: LineBuilder): Decimal | null {
  // the allowance is global; regions without their own row use us-east-1's
  const own = b.ctx.prices.curated('data-transfer', b.region, 'internet-out.free-allowance-gb');
  return b.curated(
    'data-transfer',
    'internet-out.free-allowance-gb',
    own.status === 'priced' ? b.region : 'us-east-1',
  );
}

export function priceTransfer(item: TransferItem, ctx: PricingContext): LineResult {
  const b = new LineBuilder(item, ctx);
  const charges: Decimal[] = [];
  const out = decimalOf(item.internetOutGB);

  if (aboveZero(out)) {
    let billable = out;
    if (ctx.settings.freeTier) {
      const allowance = freeAllowance(b);
      if (allowance) {
        const free = allowanceCovers(out, allowance, ctx.allowances.transferFreeUsedGB);
        ctx.allowances.transferFreeUsedGB = plusUnlessZero(ctx.allowances.transferFreeUsedGB, free);
        billable = b.calc(
          'transfer.free',
          { used: free.toString() },
          [o(out, 'GB'), o(free, 'GB', '−')],
          minusUnlessZero(out, free),
          'GB',
        );
      }
    }
    const from = ctx.allowances.internetOutSoFar(b.region);
    ctx.allowances.addInternetOut(b.region, billable);
    if (aboveZero(billable)) {
      const touched = touchedTiers(INTERNET_OUT_BOUNDS, from, billable);
      // prices of the tiers up to the one the range ends in
      const prices = TIER_KEYS.map((key, i) => (i <= touched.last ? b.curated('data-transfer', key) : ZERO));
      const [p1, p2, p3, p4] = prices;
      if (p1 && p2 && p3 && p4) {
        const { parts } = tieredCostOfTouched(internetOutTiers([p1, p2, p3, p4]), from, billable, touched);
        for (const part of parts)
          charges.push(
            b.calc(
              'transfer.outTier',
              { tier: INTERNET_OUT_TIERS[part.index] ?? '' },
              [o(part.quantity, 'GB'), o(part.price, 'usd/GB')],
              part.amount,
            ),
          );
      }
    }
  }
  if (item.interRegionOutGB > 0 && item.destinationRegion) {
    const gb = dec(item.interRegionOutGB);
    const price = b.curated('data-transfer', interRegionKey(b.region, item.destinationRegion));
    if (price)
      charges.push(
        b.calc(
          'transfer.interRegion',
          { destination: item.destinationRegion },
          [o(gb, 'GB'), o(price, 'usd/GB')],
          gb.times(price),
        ),
      );
  }
  if (item.interAzGB > 0) {
    const gb = decimalOf(item.interAzGB);
    const price = b.curated('data-transfer', 'inter-az');
    if (price)
      charges.push(
        b.calc(
          'transfer.interAz',
          undefined,
          [o(gb, 'GB'), o(dec(2), ''), o(price, 'usd/GB')],
          gb.times(2).times(price),
        ),
      );
  }
  if (item.internetInGB > 0) b.step('note', 'transfer.in', undefined, [o(dec(item.internetInGB), 'GB')]);

  const monthly = sumCharges(charges);
  const total = plusNumber(plusNumber(out, item.interRegionOutGB), item.interAzGB);
  const description = [
    item.internetOutGB > 0 ? `${item.internetOutGB} GB to internet` : '',
    item.interRegionOutGB > 0 ? `${item.interRegionOutGB} GB to ${item.destinationRegion ?? ''}` : '',
    item.interAzGB > 0 ? `${item.interAzGB} GB inter-AZ` : '',
    item.internetInGB > 0 ? `${item.internetInGB} GB in` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return b.finish(
    { quantity: total, unit: 'GB', unitPrice: null, unitPriceUnit: 'usd/GB' },
    b.unpriced ? null : termCosts({ upfront: ZERO, monthly, termMonths: null, onDemandMonthly: null }),
    {
      optionLabel: 'on-demand',
      purchase: null,
      description: `Data transfer: ${description || 'none'}`,
      descriptionMessage: item.description === undefined ? describeTransfer(item) : null,
    },
  );
}

function describeTransfer(item: TransferItem): Message {
  const part = (key: Message['key'], gb: number, region?: string): Message => ({
    key,
    params: region === undefined ? { gb: String(gb) } : { gb: String(gb), region },
  });
  const parts: Param[] = [];
  if (item.internetOutGB > 0) parts.push(part('describe.internetOut', item.internetOutGB));
  if (item.interRegionOutGB > 0)
    parts.push(part('describe.interRegion', item.interRegionOutGB, item.destinationRegion ?? ''));
  if (item.interAzGB > 0) parts.push(part('describe.interAz', item.interAzGB));
  if (item.internetInGB > 0) parts.push(part('describe.internetIn', item.internetInGB));
  return { key: 'describe.transfer', params: { parts: parts.length > 0 ? commaList(parts) : NONE } };
}
