/**
 * The Price List's two index levels: the offer index (offers/v1.0/aws/index.json) names each service's
 * region index; a region index names each region's offer file. EC2-style region indexes are objects
 * keyed by region; the Savings Plans one is an array.
 */
import { z } from 'zod';

export const offerIndexSchema = z.looseObject({
  publicationDate: z.string().optional(),
  offers: z.record(
    z.string(),
    z.looseObject({
      offerCode: z.string(),
      currentRegionIndexUrl: z.string().optional(),
      currentSavingsPlanIndexUrl: z.string().optional(),
    }),
  ),
});
export type OfferIndex = z.infer<typeof offerIndexSchema>;

const regionIndexSchema = z.looseObject({
  publicationDate: z.string().optional(),
  regions: z.union([
    z.record(z.string(), z.looseObject({ regionCode: z.string(), currentVersionUrl: z.string() })),
    z.array(z.looseObject({ regionCode: z.string(), versionUrl: z.string() })),
  ]),
});

/** The services the update command knows, and the offer each one is read from. */
export const SERVICES = ['ec2', 'ebs', 's3', 'transfer', 'lambda', 'savingsplans'] as const;
export type Service = (typeof SERVICES)[number];

/** The offer file each service is read from (ec2 and ebs share AmazonEC2). */
export type OfferKind = 'AmazonEC2' | 'AmazonS3' | 'AWSDataTransfer' | 'AWSLambda' | 'AWSComputeSavingsPlan';

export const SERVICE_OFFER: Readonly<Record<Service, OfferKind>> = {
  ec2: 'AmazonEC2',
  ebs: 'AmazonEC2',
  s3: 'AmazonS3',
  transfer: 'AWSDataTransfer',
  lambda: 'AWSLambda',
  savingsplans: 'AWSComputeSavingsPlan',
};

export function parseOfferIndex(text: string, where: string): OfferIndex {
  return parseWith(offerIndexSchema, text, where, 'an AWS offer index (offers/v1.0/aws/index.json)');
}

/** URL path of the region index for an offer. Savings Plans hang off AmazonEC2's entry. */
export function regionIndexUrl(index: OfferIndex, offer: OfferKind, where: string): string {
  if (offer === 'AWSComputeSavingsPlan') {
    const url =
      index.offers.AmazonEC2?.currentSavingsPlanIndexUrl ??
      index.offers.AWSComputeSavingsPlan?.currentRegionIndexUrl;
    if (url) return url;
  } else {
    const url = index.offers[offer]?.currentRegionIndexUrl;
    if (url) return url;
  }
  throw new Error(`${where}: the offer index lists no region index for ${offer}`);
}

export type RegionIndex = { publicationDate: string | undefined; urls: ReadonlyMap<string, string> };

export function parseRegionIndex(text: string, where: string): RegionIndex {
  const parsed = parseWith(regionIndexSchema, text, where, 'an AWS region index (region_index.json)');
  const urls = new Map<string, string>();
  if (Array.isArray(parsed.regions)) {
    for (const r of parsed.regions) urls.set(r.regionCode, r.versionUrl);
  } else {
    for (const r of Object.values(parsed.regions)) urls.set(r.regionCode, r.currentVersionUrl);
  }
  return { publicationDate: parsed.publicationDate, urls };
}

function parseWith<T>(schema: z.ZodType<T>, text: string, where: string, what: string): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${where}: not valid JSON (${error instanceof Error ? error.message : String(error)})`, {
      cause: error,
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${where}: not ${what}: at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return parsed.data;
}
