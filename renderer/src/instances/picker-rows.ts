import type Decimal from 'decimal.js';
import type { InstanceType, OperatingSystem, Region } from '../../../pricing-data/schema';
import { onDemandHourly, type PriceSnapshot, type QuoteBasis } from '../../../engine/prices';
import { unavailableMessage } from '../../../engine/prices/quotes';
import type { Message } from '../../../engine/trace/types';

/** The picker's $/month column uses the AWS Pricing Calculator month (its header says so). */
export const PICKER_MONTH_HOURS = 730;

export type PickerPrice =
  | {
      status: 'priced';
      hourly: Decimal;
      monthly: Decimal;
      perVcpuHour: Decimal;
      perGiBHour: Decimal;
      basis: QuoteBasis;
      lowConfidence: boolean;
      /** where the rate comes from, in English */
      explanation: string;
      /** the same for the UI language (formatMessage) */
      message: Message;
    }
  | { status: 'unavailable'; reason: string; message: Message };

export interface PickerRow {
  spec: InstanceType;
  price: PickerPrice;
}

/** One row per catalogue type with its on-demand price in `region` for `os` (or why there is none). */
export function buildPickerRows(snapshot: PriceSnapshot, region: Region, os: OperatingSystem): PickerRow[] {
  return snapshot.catalogue.types.map((spec) => {
    const quote = onDemandHourly(snapshot, region, spec.type, os);
    if (quote.status !== 'priced')
      return {
        spec,
        price: { status: 'unavailable', reason: quote.reason, message: unavailableMessage(quote) },
      };
    return {
      spec,
      price: {
        status: 'priced',
        hourly: quote.hourly,
        monthly: quote.hourly.times(PICKER_MONTH_HOURS),
        perVcpuHour: quote.hourly.dividedBy(spec.vcpu),
        perGiBHour: quote.hourly.dividedBy(spec.memoryGiB),
        basis: quote.basis,
        lowConfidence: quote.confidence === 'low',
        explanation: quote.explanation,
        message: quote.message ?? { key: 'note', params: { text: quote.explanation } },
      },
    };
  });
}
