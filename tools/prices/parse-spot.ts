import { z } from 'zod';
import { counted } from '../../engine/text/plural';
import { regionSchema, type Ec2Spot, type Region } from '../../pricing-data/schema';
import { RawSourceError } from './raw-source-error';
import { SOURCE_ID } from './sources';
import { byCodePoint, sortedRecord } from './stable-json';

export const SPOT_FILE = 'spot/spot-advisor-data.json';

const entrySchema = z.strictObject({ s: z.number().int().max(100), r: z.number().int().min(0) });
const feedSchema = z.object({
  ranges: z.array(z.object({ index: z.number().int(), label: z.string(), max: z.number().int() })),
  spot_advisor: z.record(z.string(), z.record(z.string(), z.record(z.string(), entrySchema))),
});

const OS_KEYS = { Linux: 'linux', Windows: 'windows' } as const;

export type SpotResult = { table: Ec2Spot; report: string[] };

/** Spot Instance Advisor feed → savings % and interruption band per region / OS / type (catalogued types only). */
export function parseSpot(text: string, catalogued: ReadonlySet<string>): SpotResult {
  const parsed = feedSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RawSourceError(
      SPOT_FILE,
      issue?.path.join('.') ?? '(root)',
      issue?.message ?? 'unexpected shape',
    );
  }
  const feed = parsed.data;
  const bandIndexes = new Set(feed.ranges.map((r) => r.index));
  const dropped = new Set<string>();
  const negative: string[] = [];
  const regions: Ec2Spot['regions'] = {};
  for (const regionCode of Object.keys(feed.spot_advisor).sort(byCodePoint)) {
    const region = regionSchema.safeParse(regionCode);
    if (!region.success) {
      throw new RawSourceError(
        SPOT_FILE,
        `spot_advisor.${regionCode}`,
        'unknown region code: add it to REGIONS in pricing-data/schema.ts',
      );
    }
    const byOs = feed.spot_advisor[regionCode] ?? {};
    const out = { linux: {}, windows: {} } as NonNullable<Ec2Spot['regions'][Region]>;
    for (const [osKey, entries] of Object.entries(byOs)) {
      const os = OS_KEYS[osKey as keyof typeof OS_KEYS] as 'linux' | 'windows' | undefined;
      if (!os)
        throw new RawSourceError(
          SPOT_FILE,
          `spot_advisor.${regionCode}.${osKey}`,
          'unknown operating system',
        );
      const rows: Record<string, { savingsPct: number; band: number }> = {};
      for (const [type, entry] of Object.entries(entries)) {
        if (!bandIndexes.has(entry.r)) {
          throw new RawSourceError(
            SPOT_FILE,
            `spot_advisor.${regionCode}.${osKey}.${type}`,
            `unknown band ${entry.r}`,
          );
        }
        if (entry.s < 0) {
          negative.push(`${regionCode} ${osKey} ${type} (${entry.s}%)`);
          continue;
        }
        if (!catalogued.has(type)) {
          dropped.add(type);
          continue;
        }
        rows[type] = { savingsPct: entry.s, band: entry.r };
      }
      out[os] = sortedRecord(rows);
    }
    regions[region.data] = out;
  }
  const report: string[] = [];
  if (negative.length) {
    report.push(`spot: negative savings (spot above on-demand) left out: ${negative.join(', ')}`);
  }
  if (dropped.size) {
    report.push(
      `spot: left out ${counted(dropped.size, 'type')} of the advisor feed not in the catalogue: ${[...dropped].sort(byCodePoint).join(', ')}`,
    );
  }
  return {
    table: {
      table: 'ec2-spot-advisor',
      source: SOURCE_ID.spot,
      asOf: '2025-06-28',
      bands: feed.ranges.map((r) => ({ index: r.index, label: r.label, maxPct: r.max })),
      regions,
    },
    report,
  };
}
