/** Gap items as the table shows them: every cell as text in the UI language, plus the text the search box reads. */
import Decimal from 'decimal.js';
import type { TFunction } from 'i18next';
import { curatedItemName, dataNote, type PriceSnapshot } from '../../../engine/prices';
import type { Language } from '../i18n';
import { discountMethodText } from './discount-method';
import { formatFraction, formatUnitPrice } from './format';
import type { GapItem } from './gap-items';

export type GapRow = {
  item: GapItem;
  service: string;
  region: string;
  subject: string;
  value: string;
  note: string;
  searchText: string;
};

function describe(
  item: GapItem,
  t: TFunction,
  language: Language,
  discountSources: string,
): Pick<GapRow, 'subject' | 'value' | 'note'> {
  const price = (value: string) => formatUnitPrice(new Decimal(value), language);
  const s = item.subject;
  switch (s.kind) {
    case 'curated':
      return {
        subject: `${curatedItemName(item.service, s.item.key, s.item.label)[language]} (${s.item.key})`,
        value: '',
        note: s.item.note ? dataNote(s.item.note)[language] : '',
      };
    case 'typical-discount': {
      const r = s.row;
      const subject = t('gaps.subject.discount', {
        kind: t(r.kind === 'reserved' ? 'gaps.reserved' : 'gaps.savingsPlan'),
        plan: t(`gaps.${r.offeringClass ?? r.planType ?? 'standard'}`),
        term: t(`gaps.${r.term}`),
        payment: t(`gaps.${r.payment}`),
      });
      const discount = formatFraction(r.discount, language);
      const value = t('gaps.value.discount', {
        discount,
        share: formatFraction(r.upfrontShare, language),
        samples: r.samples,
      });
      const note = discountMethodText(r, t, language, { sources: discountSources, discount });
      return { subject, value, note };
    }
    case 'windows-adder':
      return {
        subject: t('gaps.subject.windowsAdder', { adder: price(s.adderPerVcpuHour) }),
        value: t('gaps.value.adder', { rate: price(s.adderPerVcpuHour) }),
        note: dataNote(s.method)[language],
      };
    case 'windows-burstable':
      return {
        subject: t('gaps.subject.windowsBurstable'),
        value: '',
        note: t('gaps.subject.windowsBurstableNote'),
      };
    case 'windows-surplus':
      return {
        subject: t('gaps.subject.windowsSurplus'),
        value: '',
        note: t('gaps.subject.windowsSurplusNote', { linux: price(s.linuxPerVcpuHour) }),
      };
    case 'savings-plans-exact':
      return {
        subject: t('gaps.subject.savingsPlansExact'),
        value: '',
        note: t('gaps.subject.savingsPlansExactNote'),
      };
    case 'on-demand':
      return {
        subject: t('gaps.subject.onDemand', { type: s.type }),
        value: t('gaps.value.hourly', { rate: price(s.hourly) }),
        note: s.note ? dataNote(s.note)[language] : '',
      };
  }
}

export function gapRows(
  items: readonly GapItem[],
  snapshot: PriceSnapshot,
  t: TFunction,
  language: Language,
): GapRow[] {
  const regionNames = new Map(
    snapshot.regions.regions.map((r) => [r.code, `${language === 'ko' ? r.nameKo : r.nameEn} · ${r.code}`]),
  );
  const discountSources = snapshot.typicalDiscounts.sources
    .map((id) => snapshot.sources.get(id)?.title ?? id)
    .map((title) => dataNote(title)[language])
    .join(', ');
  return items.map((item) => {
    const service = t(`services.${item.service}`, { ns: 'common' });
    const region = item.region === null ? t('gaps.global') : (regionNames.get(item.region) ?? item.region);
    const text = describe(item, t, language, discountSources);
    const category = t(`gaps.categories.${item.category}`);
    return {
      item,
      service,
      region,
      ...text,
      searchText: [category, service, region, text.subject, text.value, text.note].join(' '),
    };
  });
}
