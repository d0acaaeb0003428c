import {
  paymentSchema,
  riClassSchema,
  riTermSchema,
  spTypeSchema,
  type PaymentOption,
  type RiClass,
  type RiTerm,
  type SavingsPlanType,
} from '../../../pricing-data/schema';
import type { Purchase } from '../../../engine/scenario/schema';

/** One row of the purchase-options panel: what is bought, with a stable id for keys and chart series. */
export type PurchaseOptionSpec =
  | { id: 'on-demand'; kind: 'on-demand'; purchase: Purchase }
  | { id: 'spot'; kind: 'spot'; purchase: Purchase }
  | {
      id: `ri-${RiClass}-${RiTerm}-${PaymentOption}`;
      kind: 'reserved';
      offeringClass: RiClass;
      term: RiTerm;
      payment: PaymentOption;
      purchase: Purchase;
    }
  | {
      id: `sp-${SavingsPlanType}-${RiTerm}-${PaymentOption}`;
      kind: 'savings-plan';
      planType: SavingsPlanType;
      term: RiTerm;
      payment: PaymentOption;
      purchase: Purchase;
    };

/** On-demand, Spot, RI standard/convertible × 1/3 yr × payment, Savings Plans compute/EC2 instance × 1/3 yr × payment. */
export function purchaseOptionList(): PurchaseOptionSpec[] {
  const options: PurchaseOptionSpec[] = [
    { id: 'on-demand', kind: 'on-demand', purchase: { option: 'on-demand' } },
    { id: 'spot', kind: 'spot', purchase: { option: 'spot' } },
  ];
  for (const offeringClass of riClassSchema.options)
    for (const term of riTermSchema.options)
      for (const payment of paymentSchema.options)
        options.push({
          id: `ri-${offeringClass}-${term}-${payment}`,
          kind: 'reserved',
          offeringClass,
          term,
          payment,
          purchase: { option: 'reserved', offeringClass, term, payment },
        });
  for (const planType of spTypeSchema.options)
    for (const term of riTermSchema.options)
      for (const payment of paymentSchema.options)
        options.push({
          id: `sp-${planType}-${term}-${payment}`,
          kind: 'savings-plan',
          planType,
          term,
          payment,
          purchase: { option: 'savings-plan', planType, term, payment },
        });
  return options;
}
