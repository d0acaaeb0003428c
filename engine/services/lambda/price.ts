/** Prices one Lambda function. The free tier (requests and GB-seconds) is shared by the estimate's functions. */
import type Decimal from 'decimal.js';
import type { PricingContext } from '../../estimate/context';
import { LineBuilder } from '../../estimate/line-builder';
import type { LineResult } from '../../estimate/types';
import { dec, ZERO } from '../../money/decimal';
import type { LambdaItem } from '../../scenario/schema';
import { operand as o } from '../../trace/steps';
import { decimalOf, dividedByExact, minusUnlessZero, plusUnlessZero, sumCharges } from '../amounts';
import { termCosts } from '../ec2/formulas';
import { allowanceCovers } from '../transfer/formulas';
import { gbSeconds, MILLION } from './formulas';

const THOUSAND = dec(1000);
const KIBI = dec(1024);

export function priceLambda(item: LambdaItem, ctx: PricingContext): LineResult {
  const b = new LineBuilder(item, ctx);
  const a = ctx.allowances;
  const requests = decimalOf(item.requestsPerMonth);
  const duration = decimalOf(item.averageDurationMs);
  const gbs = b.calc(
    'lambda.gbSeconds',
    undefined,
    [
      o(requests, 'requests'),
      o(duration, 'ms'),
      o(THOUSAND, '', '÷'),
      o(decimalOf(item.memoryMB), 'MB'),
      o(KIBI, '', '÷'),
    ],
    gbSeconds(requests, duration, item.memoryMB),
    'GB-s',
  );
  let billableGbs = gbs;
  let billableRequests = requests;
  if (ctx.settings.freeTier) {
    const freeGbs = b.curated('lambda', 'free.gb-seconds');
    const freeRequests = b.curated('lambda', 'free.requests');
    if (freeGbs) {
      const covered = allowanceCovers(gbs, freeGbs, a.lambdaFreeGbSecondsUsed);
      a.lambdaFreeGbSecondsUsed = plusUnlessZero(a.lambdaFreeGbSecondsUsed, covered);
      billableGbs = b.calc(
        'lambda.freeCompute',
        { free: freeGbs.toString() },
        [o(gbs, 'GB-s'), o(covered, 'GB-s', '−')],
        minusUnlessZero(gbs, covered),
        'GB-s',
      );
    }
    if (freeRequests) {
      const covered = allowanceCovers(requests, freeRequests, a.lambdaFreeRequestsUsed);
      a.lambdaFreeRequestsUsed = plusUnlessZero(a.lambdaFreeRequestsUsed, covered);
      billableRequests = b.calc(
        'lambda.freeRequests',
        { free: freeRequests.toString() },
        [o(requests, 'requests'), o(covered, 'requests', '−')],
        minusUnlessZero(requests, covered),
        'requests',
      );
    }
  }
  const charges: Decimal[] = [];
  const durationPrice = b.curated('lambda', `duration.${item.architecture}`);
  if (durationPrice)
    charges.push(
      b.calc(
        'lambda.compute',
        { architecture: item.architecture },
        [o(billableGbs, 'GB-s'), o(durationPrice, 'usd/GB-s')],
        billableGbs.times(durationPrice),
      ),
    );
  const requestPrice = b.curated('lambda', 'requests');
  if (requestPrice)
    charges.push(
      b.calc(
        'lambda.requests',
        undefined,
        [o(billableRequests, 'requests'), o(MILLION, '', '÷'), o(requestPrice, 'usd/1M-requests')],
        dividedByExact(billableRequests, 1_000_000).times(requestPrice),
      ),
    );
  const monthly = sumCharges(charges);
  return b.finish(
    { quantity: gbs, unit: 'GB-s', unitPrice: durationPrice, unitPriceUnit: 'usd/GB-s' },
    b.unpriced ? null : termCosts({ upfront: ZERO, monthly, termMonths: null, onDemandMonthly: null }),
    {
      optionLabel: 'on-demand',
      purchase: null,
      description: `Lambda ${item.architecture} ${item.memoryMB} MB, ${item.requestsPerMonth} requests × ${item.averageDurationMs} ms`,
      descriptionMessage:
        item.description === undefined
          ? {
              key: 'describe.lambda',
              params: {
                architecture: item.architecture,
                memory: String(item.memoryMB),
                requests: String(item.requestsPerMonth),
                duration: String(item.averageDurationMs),
              },
            }
          : null,
    },
  );
}
