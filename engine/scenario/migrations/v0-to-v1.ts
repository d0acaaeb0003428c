/**
 * schemaVersion 0 → 1. Version 0 is the pre-release format (see docs/scenario-format.md, "Older versions"):
 * `title` instead of `name`, `lines` with `type` instead of `items` with `service`, `quantity` instead of
 * `count`, flat `hoursPerMonth` / `vat` / `krwRate`, and EC2 `pricing` as one string ("ri-3yr-all-upfront").
 * Values it does not recognise are passed on unchanged so the version 1 schema names them.
 */
type Doc = Record<string, unknown>;

const isObject = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const RI = /^ri-(1yr|3yr)-(no|partial|all)-upfront$/;

function purchaseFromPricing(pricing: string): Doc | null {
  if (pricing === 'on-demand' || pricing === 'spot') return { option: pricing };
  const ri = RI.exec(pricing);
  return ri
    ? { option: 'reserved', offeringClass: 'standard', term: ri[1], payment: `${ri[2]}-upfront` }
    : null;
}

function lineToItem(line: unknown): unknown {
  if (!isObject(line)) return line;
  const { type, quantity, pricing, ...rest } = line;
  const item: Doc = { service: type, ...rest };
  if (quantity !== undefined) item.count = quantity;
  const purchase = typeof pricing === 'string' ? purchaseFromPricing(pricing) : null;
  if (purchase) item.purchase = purchase;
  else if (pricing !== undefined) item.pricing = pricing;
  return item;
}

export function v0ToV1(doc: Doc): Doc {
  const { title, lines, hoursPerMonth, vat, krwRate, ...rest } = doc;
  const settings: Doc = {};
  if (hoursPerMonth !== undefined) settings.hoursPerMonth = hoursPerMonth;
  if (vat !== undefined) settings.vat = vat;
  if (isObject(krwRate))
    settings.currency = { display: 'KRW', krwPerUsd: krwRate.krwPerUsd, rateDate: krwRate.date };
  else if (krwRate !== undefined && krwRate !== null) settings.krwRate = krwRate;
  return {
    ...rest,
    name: title,
    ...(Object.keys(settings).length > 0 ? { settings } : {}),
    items: Array.isArray(lines) ? lines.map(lineToItem) : lines,
  };
}
