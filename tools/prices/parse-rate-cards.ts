import { z } from 'zod';
import {
  priceSchema,
  regionSchema,
  type PaymentOption,
  type Region,
  type RiClass,
  type RiRate,
  type RiTerm,
} from '../../pricing-data/schema';
import { RawSourceError } from './raw-source-error';
import { SOURCE_ID } from './sources';
import { byCodePoint } from './stable-json';

export const M5_CARD_FILE = 'rate-cards/m5.large_us-east-1_pricing-api.json';
export const X2IEDN_CARD_FILE = 'rate-cards/x2iedn.32xlarge_all_regions.json';

const PURCHASE_OPTIONS: Record<string, PaymentOption> = {
  'No Upfront': 'no-upfront',
  'Partial Upfront': 'partial-upfront',
  'All Upfront': 'all-upfront',
};

const dimensionSchema = z.object({ unit: z.string(), pricePerUnit: z.object({ USD: priceSchema }) });
const pricingApiSchema = z.object({
  product: z.object({
    attributes: z.object({
      instanceType: z.string(),
      location: z.string(),
      operatingSystem: z.literal('Linux'),
      tenancy: z.literal('Shared'),
      preInstalledSw: z.literal('NA'),
    }),
  }),
  terms: z.object({
    OnDemand: z.record(z.string(), z.object({ priceDimensions: z.record(z.string(), dimensionSchema) })),
    Reserved: z.record(
      z.string(),
      z.object({
        priceDimensions: z.record(z.string(), dimensionSchema),
        termAttributes: z.object({
          LeaseContractLength: z.enum(['1yr', '3yr']),
          OfferingClass: z.enum(['standard', 'convertible']),
          PurchaseOption: z.string(),
        }),
      }),
    ),
  }),
});

function parseJsonWith<T>(file: string, schema: z.ZodType<T>, text: string): T {
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RawSourceError(file, issue?.path.join('.') ?? '(root)', issue?.message ?? 'unexpected shape');
  }
  return parsed.data;
}

export type M5Card = { region: Region; type: string; onDemandHourly: string; rates: RiRate[] };

/**
 * AWS Pricing API product (m5.large us-east-1 Linux) → 12 `split` RI rows: the upfront fee (Quantity) and the
 * hourly rate (Hrs) with the digits as published (e.g. "0.0340000000"). No-upfront terms have no Quantity
 * dimension: their upfront is "0".
 */
export function parseM5Card(text: string, regionByName: ReadonlyMap<string, Region>): M5Card {
  const card = parseJsonWith(M5_CARD_FILE, pricingApiSchema, text);
  const { instanceType: type, location } = card.product.attributes;
  const region = regionByName.get(location);
  if (!region)
    throw new RawSourceError(M5_CARD_FILE, 'product.attributes.location', `unknown location "${location}"`);
  const onDemand = Object.values(card.terms.OnDemand).flatMap((t) => Object.values(t.priceDimensions));
  const onDemandHourly =
    onDemand.length === 1 && onDemand[0]?.unit === 'Hrs' ? onDemand[0].pricePerUnit.USD : undefined;
  if (!onDemandHourly)
    throw new RawSourceError(M5_CARD_FILE, 'terms.OnDemand', 'expected exactly one Hrs price');
  const rates: RiRate[] = [];
  for (const [code, term] of Object.entries(card.terms.Reserved)) {
    const payment = PURCHASE_OPTIONS[term.termAttributes.PurchaseOption];
    if (!payment) {
      throw new RawSourceError(
        M5_CARD_FILE,
        `terms.Reserved.${code}`,
        `unknown PurchaseOption "${term.termAttributes.PurchaseOption}"`,
      );
    }
    const dims = Object.values(term.priceDimensions);
    const hourly = dims.filter((d) => d.unit === 'Hrs');
    const upfront = dims.filter((d) => d.unit === 'Quantity');
    if (hourly.length !== 1 || upfront.length > 1 || dims.length !== hourly.length + upfront.length) {
      throw new RawSourceError(
        M5_CARD_FILE,
        `terms.Reserved.${code}`,
        'expected one Hrs and at most one Quantity dimension',
      );
    }
    rates.push({
      shape: 'split',
      region,
      type,
      os: 'linux',
      tenancy: 'shared',
      term: term.termAttributes.LeaseContractLength,
      offeringClass: term.termAttributes.OfferingClass,
      payment,
      upfront: upfront[0]?.pricePerUnit.USD ?? '0',
      hourly: hourly[0]?.pricePerUnit.USD ?? '0',
      source: SOURCE_ID.m5Large,
    });
  }
  return { region, type, onDemandHourly, rates: sortRates(rates) };
}

const osPricingSchema = z.object({ ondemand: priceSchema, reserved: z.record(z.string(), priceSchema) });
const x2iednSchema = z.object({
  instance_type: z.string(),
  regions: z.record(z.string(), z.string()),
  pricing: z.record(z.string(), z.object({ linux: osPricingSchema, mswin: osPricingSchema })),
});

const RESERVED_KEY = /^yrTerm([13])(Standard|Convertible)\.(allUpfront|noUpfront|partialUpfront)$/;
const PAYMENT_KEYS: Record<string, PaymentOption> = {
  allUpfront: 'all-upfront',
  noUpfront: 'no-upfront',
  partialUpfront: 'partial-upfront',
};

export type X2iednCard = {
  type: string;
  /** English region names the card uses, for the regions-table cross-check */
  regionNames: Map<Region, string>;
  onDemand: Map<Region, { linux: string; windows: string }>;
  rates: RiRate[];
};

/**
 * ec2instances.info card → `effective` RI rows for linux and mswin (Windows), shared tenancy, per region.
 * Dedicated tenancy and the other OS variants (RHEL, SUSE, SQL…) are left out: the schema has no OS for them.
 */
export function parseX2iednCard(text: string): X2iednCard {
  const card = parseJsonWith(X2IEDN_CARD_FILE, x2iednSchema, text);
  const regionNames = new Map<Region, string>();
  const onDemand = new Map<Region, { linux: string; windows: string }>();
  const rates: RiRate[] = [];
  for (const regionCode of Object.keys(card.pricing).sort(byCodePoint)) {
    const region = regionSchema.safeParse(regionCode);
    if (!region.success)
      throw new RawSourceError(X2IEDN_CARD_FILE, `pricing.${regionCode}`, 'unknown region code');
    const name = card.regions[regionCode];
    if (name) regionNames.set(region.data, name);
    const prices = card.pricing[regionCode];
    if (!prices) continue;
    onDemand.set(region.data, { linux: prices.linux.ondemand, windows: prices.mswin.ondemand });
    for (const [os, osPrices] of [
      ['linux', prices.linux],
      ['windows', prices.mswin],
    ] as const) {
      for (const [key, effectiveHourly] of Object.entries(osPrices.reserved)) {
        const match = RESERVED_KEY.exec(key);
        const payment = match?.[3] ? PAYMENT_KEYS[match[3]] : undefined;
        if (!match || !payment) {
          throw new RawSourceError(
            X2IEDN_CARD_FILE,
            `pricing.${regionCode}.${os}.reserved.${key}`,
            'unknown RI key',
          );
        }
        rates.push({
          shape: 'effective',
          region: region.data,
          type: card.instance_type,
          os,
          tenancy: 'shared',
          term: `${match[1]}yr` as RiTerm,
          offeringClass: match[2]?.toLowerCase() as RiClass,
          payment,
          effectiveHourly,
          source: SOURCE_ID.x2iedn,
        });
      }
    }
  }
  return { type: card.instance_type, regionNames, onDemand, rates: sortRates(rates) };
}

const PAYMENT_ORDER: readonly PaymentOption[] = ['no-upfront', 'partial-upfront', 'all-upfront'];

/** Stable order: region, type, os, term, class, payment. */
export function sortRates(rates: RiRate[]): RiRate[] {
  const key = (r: RiRate) =>
    [r.region, r.type, r.os, r.tenancy, r.term, r.offeringClass, PAYMENT_ORDER.indexOf(r.payment)].join('|');
  return [...rates].sort((a, b) => byCodePoint(key(a), key(b)));
}
