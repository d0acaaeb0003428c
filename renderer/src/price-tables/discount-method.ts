/**
 * The typical-discount table's method note in the UI language. The note is a sentence the price build
 * writes from numbers (tools/prices/typical-discounts.ts); its English shape is the `gaps.method.*`
 * templates of i18n/en.ts, so the note is read back into its parts with those templates and the Korean
 * templates say the same with the same parts. English shows the note exactly as the table has it.
 */
import type { TFunction } from 'i18next';
import type { TypicalDiscount } from '../../../pricing-data/schema';
import type { Language } from '../i18n';
import { priceTablesEn } from './i18n/en';

type Parts = Readonly<Record<string, string>>;

export type DiscountCard = Parts & { type: string; source: string; date: string };

export type DiscountMethod = {
  /** Savings Plans rows: the RI estimate the row copies, as the note names it */
  copied: {
    plan: string;
    upTo: string;
    offeringClass: string;
    term: string;
    payment: string;
    estimate: string;
  } | null;
  samples: string;
  cards: DiscountCard[];
  /** hours of the term, as printed (8760, 26280) */
  hours: string;
  /** the card whose upfront/hourly split gives the upfront share */
  shareCard: string;
  decimals: string;
  min: string;
  max: string;
};

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const PLACEHOLDER: Readonly<Record<string, string>> = {
  samples: String.raw`\d+`,
  regions: String.raw`\d+`,
  hours: String.raw`\d+`,
  decimals: String.raw`\d+`,
  upTo: String.raw`\d+`,
  min: NUMBER,
  max: NUMBER,
  estimate: NUMBER,
  date: String.raw`\d{4}(?:-\d{2}){0,2}`,
  type: String.raw`[a-z0-9-]+\.[a-z0-9-]+`,
  shareCard: String.raw`[a-z0-9-]+\.[a-z0-9-]+`,
  region: String.raw`[a-z]{2}(?:-[a-z]+)+-\d+`,
  term: String.raw`\d+yr`,
  payment: String.raw`[a-z]+-upfront`,
};

/** An English template as an anchored pattern: `{{name}}` captures a part, a repeated name must repeat it. */
function templatePattern(template: string): RegExp {
  const seen = new Set<string>();
  const source = template
    .split(/(\{\{\w+\}\})/)
    .map((piece) => {
      const name = /^\{\{(\w+)\}\}$/.exec(piece)?.[1];
      if (name === undefined) return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (seen.has(name)) return `\\k<${name}>`;
      seen.add(name);
      return `(?<${name}>${PLACEHOLDER[name] ?? '.+?'})`;
    })
    .join('');
  return new RegExp(`^${source}$`);
}

const TEMPLATES = priceTablesEn.gaps.method;
const COPIED = templatePattern(TEMPLATES.copied);
const DERIVED = templatePattern(TEMPLATES.derived);
const CARD_REGIONS = templatePattern(TEMPLATES.cardRegions);
const CARD_REGION = templatePattern(TEMPLATES.cardRegion);
const CARD_SEPARATOR = '; ';

function parseCard(text: string): DiscountCard | null {
  const parts = (CARD_REGIONS.exec(text) ?? CARD_REGION.exec(text))?.groups;
  if (!parts?.type || !parts.source || !parts.date) return null;
  return { ...parts, type: parts.type, source: parts.source, date: parts.date };
}

/** The parts of a method note, or null when it does not have the shape of the templates. */
export function parseDiscountMethod(method: string): DiscountMethod | null {
  const copiedParts = COPIED.exec(method)?.groups;
  const derived = DERIVED.exec(copiedParts?.derived ?? method)?.groups;
  if (!derived) return null;
  const { samples, cards, hours, shareCard, decimals, min, max } = derived;
  if (!samples || !cards || !hours || !shareCard || !decimals || !min || !max) return null;
  const parsedCards = cards.split(CARD_SEPARATOR).map(parseCard);
  if (parsedCards.some((card) => card === null)) return null;
  let copied: DiscountMethod['copied'] = null;
  if (copiedParts) {
    const { plan, upTo, class: offeringClass, term, payment, estimate } = copiedParts;
    if (!plan || !upTo || !offeringClass || !term || !payment || !estimate) return null;
    copied = { plan, upTo, offeringClass, term, payment, estimate };
  }
  return {
    copied,
    samples,
    cards: parsedCards.filter((card) => card !== null),
    hours,
    shareCard,
    decimals,
    min,
    max,
  };
}

const RI_CLASS: Readonly<Record<string, 'standard' | 'convertible'>> = {
  Standard: 'standard',
  Convertible: 'convertible',
};

/** The parsed note says what the row's own fields say (count, copied term, payment and figure). */
function agrees(row: TypicalDiscount, method: DiscountMethod): boolean {
  if (method.samples !== String(row.samples)) return false;
  if (row.kind === 'reserved') return method.copied === null;
  const copied = method.copied;
  return (
    copied !== null &&
    RI_CLASS[copied.offeringClass] !== undefined &&
    copied.term === row.term &&
    copied.payment === row.payment &&
    copied.estimate === row.discount
  );
}

function cardText(card: DiscountCard, t: TFunction): string {
  return card.region !== undefined
    ? t('gaps.method.cardRegion', { ...card })
    : t('gaps.method.cardRegions', { ...card });
}

/** What the Korean says of a note of another shape: the table's sources and the row's discount, formatted. */
export type MethodFallback = { sources: string; discount: string };

/**
 * The method note of a typical-discount row in `language`: English as written; Korean from the note's parts
 * with the Korean templates, or, for a note of another shape, a shorter Korean account from the row's
 * fields (never the English sentence).
 */
export function discountMethodText(
  row: TypicalDiscount,
  t: TFunction,
  language: Language,
  fallback: MethodFallback,
): string {
  if (language === 'en') return row.method;
  const method = parseDiscountMethod(row.method);
  if (!method || !agrees(row, method))
    return t('gaps.method.fallback', { ...fallback, samples: row.samples });
  const derived = t('gaps.method.derived', {
    ...method,
    cards: method.cards.map((card) => cardText(card, t)).join(CARD_SEPARATOR),
  });
  const copied = method.copied;
  if (!copied) return derived;
  return t('gaps.method.copied', {
    ...copied,
    plan: t(`gaps.${row.planType ?? 'compute'}`),
    class: t(`gaps.${RI_CLASS[copied.offeringClass] ?? 'standard'}`),
    term: t(`gaps.${row.term}`),
    payment: t(`gaps.${row.payment}`),
    derived,
  });
}
