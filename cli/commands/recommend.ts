import { readFileSync } from 'node:fs';
import type Decimal from 'decimal.js';
import { regionSchema } from '../../pricing-data/schema';
import { pricesFromSnapshot } from '../../engine/estimate/prices-from-snapshot';
import { usd } from '../../engine/money/rounding';
import {
  FINDING_TEXT,
  REASON_TEXT,
  profilesFromDataset,
  recommendFleet,
  rightsizingSettingsSchema,
  type FleetResult,
  type RightsizingSettingsInput,
  type SizedOption,
} from '../../engine/rightsizing';
import {
  EMPTY_DATASET,
  mergeImport,
  parseUtilizationCsv,
  UtilizationOptionError,
} from '../../engine/utilization';
import { counted } from '../../engine/text/plural';
import { bundledSnapshotFor } from '../load-bundled-snapshot';

export const summary =
  'recommend <utilization.csv> [--region R] [--tz Asia/Seoul] [--threshold p99.5] [--skip-bad-rows] [--json]: right-sizing';

const USAGE =
  'usage: recommend <utilization.csv> [--region R] [--tz UTC|+09:00|Asia/Seoul] [--threshold p90|p95|p99.5] ' +
  '[--cpu-headroom 30|20|0] [--memory-headroom 30|20|10] [--purchase on-demand|spot] [--no-burstable] [--no-graviton] ' +
  '[--skip-bad-rows] [--lang en|ko] [--json]';

interface RecommendArgs {
  file: string;
  timeZone: string;
  skipBadRows: boolean;
  lang: 'en' | 'ko';
  json: boolean;
  settings: RightsizingSettingsInput;
}

function parseArgs(args: readonly string[]): RecommendArgs | string {
  const out: RecommendArgs = {
    file: '',
    timeZone: 'UTC',
    skipBadRows: false,
    lang: 'en',
    json: false,
    settings: {},
  };
  const s: Record<string, unknown> = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    const value = args[i + 1];
    const take = () => {
      i += 1;
      return value as string;
    };
    if (arg === '--json') out.json = true;
    else if (arg === '--skip-bad-rows') out.skipBadRows = true;
    else if (arg === '--no-burstable') s.includeBurstable = false;
    else if (arg === '--no-graviton') s.offerGraviton = false;
    else if (value === undefined && arg.startsWith('--')) return `option ${arg} needs a value. ${USAGE}`;
    else if (arg === '--region') s.region = take();
    else if (arg === '--tz') out.timeZone = take();
    else if (arg === '--threshold') s.cpuThreshold = take();
    else if (arg === '--cpu-headroom') s.cpuHeadroomPct = Number(take());
    else if (arg === '--memory-headroom') s.memoryHeadroomPct = Number(take());
    else if (arg === '--purchase') s.purchase = { option: take() };
    else if (arg === '--lang') {
      const lang = take();
      if (lang !== 'en' && lang !== 'ko') return `--lang must be en or ko. ${USAGE}`;
      out.lang = lang;
    } else if (arg.startsWith('--')) return `unknown option "${arg}". ${USAGE}`;
    else if (out.file) return `unexpected argument "${arg}". ${USAGE}`;
    else out.file = arg;
  }
  if (!out.file) return `missing utilization CSV file. ${USAGE}`;
  if (s.region !== undefined && !regionSchema.safeParse(s.region).success) {
    return `unknown --region "${String(s.region)}" (e.g. ap-northeast-2, us-east-1)`;
  }
  const settings = rightsizingSettingsSchema.safeParse(s);
  if (!settings.success) {
    const issue = settings.error.issues[0];
    return `bad option ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}. ${USAGE}`;
  }
  out.settings = s as RightsizingSettingsInput;
  return out;
}

const money = (d: Decimal | null | undefined) => (d ? `${d.isNegative() ? '-' : ''}$${usd(d.abs())}` : '—');

function optionText(o: SizedOption | null): string {
  if (!o) return '—';
  const t = o.burstable
    ? ` (${o.burstable.mode}${o.burstable.surplusMonthly.isZero() ? '' : ` +${money(o.burstable.surplusMonthly)} surplus`})`
    : '';
  return `${o.type.type}${t} ${money(o.monthly)}/mo risk ${o.risk}${o.basis === 'estimate' ? ' (estimate)' : ''}`;
}

function textReport(fleet: FleetResult, lang: 'en' | 'ko'): string {
  const lines: string[] = [];
  const s = fleet.settings;
  lines.push(
    `Right-sizing ${counted(fleet.recommendations.length, 'instance')}, ${s.region}, ${s.cpuThreshold.toUpperCase()} CPU, headroom CPU ${s.cpuHeadroomPct}% / memory ${s.memoryHeadroomPct}%, ranked by ${fleet.recommendations[0]?.rankingPurchase ?? s.purchase.option}`,
  );
  for (const r of fleet.recommendations) {
    const finding = r.finding
      ? FINDING_TEXT[r.finding][lang]
      : lang === 'ko'
        ? '권장 없음'
        : 'no recommendation';
    const reasons = r.reasons.map((c) => REASON_TEXT[c][lang]).join(', ');
    lines.push('');
    lines.push(`${r.instance} (${r.currentType ?? '?'}): ${finding}${reasons ? ` — ${reasons}` : ''}`);
    if (r.requirements) {
      lines.push(
        `  needs ${r.requirements.vcpu} vCPU, ${r.requirements.memoryGiB} GiB (${r.profile.cpuThresholdLabel} CPU ${r.profile.cpuThresholdPct}%, max ${r.profile.cpuMaxPct}%, avg ${Math.round(r.profile.cpuAvgPct * 100) / 100}%)`,
      );
    }
    lines.push(`  current      ${optionText(r.current)}`);
    lines.push(
      `  recommended  ${r.finding === 'Idle' ? (lang === 'ko' ? '중지' : 'stop it') : optionText(r.recommended)}`,
    );
    for (const a of r.alternatives) lines.push(`  alternative  ${optionText(a)}`);
    if (r.graviton) lines.push(`  graviton     ${optionText(r.graviton)}`);
    lines.push(
      `  savings/month: ${money(r.savings.onDemandMonthly)} at on-demand, ${money(r.savings.currentOptionMonthly)} at the current option`,
    );
    for (const n of r.notes) lines.push(`  note: ${n[lang]}`);
  }
  const t = fleet.summary;
  lines.push('');
  lines.push(
    `Fleet: ${Object.entries(t.byFinding)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${n}`)
      .join(
        ', ',
      )}; ${money(t.currentMonthly)}/mo → ${money(t.recommendedMonthly)}/mo; savings ${money(t.savingsOnDemandMonthly)}/mo at on-demand (increases ${money(t.increaseOnDemandMonthly)}; net ${money(t.netSavingsOnDemandMonthly)})`,
  );
  return lines.join('\n');
}

const str = (d: Decimal | null | undefined) => (d ? d.toFixed() : null);

function jsonOption(o: SizedOption | null) {
  if (!o) return null;
  return {
    instanceType: o.type.type,
    vcpu: o.type.vcpu,
    memoryGiB: o.type.memoryGiB,
    arch: o.type.arch,
    hourlyUsd: str(o.hourly),
    monthlyUsd: str(o.monthly),
    onDemandMonthlyUsd: str(o.onDemandMonthly),
    currentOptionMonthlyUsd: str(o.currentOptionMonthly),
    basis: o.basis,
    burstable: o.burstable && { ...o.burstable, surplusMonthly: str(o.burstable.surplusMonthly) },
    performanceRisk: o.risk,
    riskLabel: o.riskLabel,
    architectureChange: o.architectureChange,
  };
}

function jsonReport(fleet: FleetResult, problems: unknown[]) {
  const t = fleet.summary;
  return {
    settings: fleet.settings,
    importProblems: problems,
    instances: fleet.recommendations.map((r) => ({
      instance: r.instance,
      region: r.region,
      currentType: r.currentType,
      finding: r.finding,
      reasons: r.reasons,
      notes: r.notes,
      profile: { ...r.profile, cpuHistogram: r.profile.cpuHistogram, cpuDailyAvgPct: undefined },
      requirements: r.requirements && { ...r.requirements, dailyAvgVcpu: undefined },
      rankingPurchase: r.rankingPurchase,
      current: jsonOption(r.current),
      recommended: jsonOption(r.recommended),
      alternatives: r.alternatives.map(jsonOption),
      graviton: jsonOption(r.graviton),
      savings: {
        onDemandMonthlyUsd: str(r.savings.onDemandMonthly),
        currentOptionMonthlyUsd: str(r.savings.currentOptionMonthly),
      },
    })),
    summary: {
      ...t,
      currentMonthly: str(t.currentMonthly),
      recommendedMonthly: str(t.recommendedMonthly),
      savingsOnDemandMonthly: str(t.savingsOnDemandMonthly),
      savingsCurrentOptionMonthly: str(t.savingsCurrentOptionMonthly),
      increaseOnDemandMonthly: str(t.increaseOnDemandMonthly),
      netSavingsOnDemandMonthly: str(t.netSavingsOnDemandMonthly),
      netSavingsCurrentOptionMonthly: str(t.netSavingsCurrentOptionMonthly),
    },
  };
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`recommend: ${parsed}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(parsed.file, 'utf8');
  } catch (error) {
    process.stderr.write(
      `recommend: cannot read ${parsed.file}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
  const snap = bundledSnapshotFor('recommend');
  if (!snap) return 1;
  let imported;
  try {
    imported = parseUtilizationCsv(text, {
      timeZone: parsed.timeZone,
      isKnownType: (t) => snap.index.has(t),
      typeNames: () => snap.catalogue.types.map((t) => t.type),
    });
  } catch (error) {
    if (error instanceof UtilizationOptionError) {
      process.stderr.write(`recommend: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const errors = imported.problems.filter((p) => p.severity === 'error');
  for (const p of imported.problems)
    process.stderr.write(
      `${parsed.file}: ${p.severity}: ${p[parsed.lang === 'ko' ? 'messageKo' : 'message']}\n`,
    );
  if (imported.shape === null || (errors.length > 0 && !parsed.skipBadRows)) {
    process.stderr.write(
      imported.shape === null
        ? `recommend: nothing imported from ${parsed.file}\n`
        : `recommend: ${counted(errors.length, 'row')} with errors; fix them or pass --skip-bad-rows to import the ${counted(imported.rows.length, 'good row')}\n`,
    );
    return 2;
  }
  const dataset = mergeImport(EMPTY_DATASET, imported, 'import-good-rows').dataset;
  const settings = rightsizingSettingsSchema.parse(parsed.settings);
  const fleet = recommendFleet(
    profilesFromDataset(dataset, settings),
    pricesFromSnapshot(snap),
    snap.catalogue.types,
    settings,
  );
  process.stdout.write(
    parsed.json
      ? `${JSON.stringify(jsonReport(fleet, imported.problems), null, 2)}\n`
      : `${textReport(fleet, parsed.lang)}\n`,
  );
  return 0;
}
