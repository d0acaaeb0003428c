import type { TFunction } from 'i18next';
import type { PurchaseOptionSpec } from './purchase-option-list';

/** "예약 인스턴스(RI) 표준 1년 전체 선결제" / "Savings Plans Compute 3 years No upfront". */
export function optionLabel(spec: PurchaseOptionSpec, t: TFunction<'purchase'>): string {
  switch (spec.kind) {
    case 'on-demand':
      return t('option.onDemand');
    case 'spot':
      return `${t('option.spot')} (${t('option.spotLabel')})`;
    case 'reserved':
      return [
        t('option.reserved'),
        t(`option.${spec.offeringClass}`),
        t(`option.${spec.term}`),
        t(`option.${spec.payment}`),
      ].join(' ');
    case 'savings-plan':
      return [
        t('option.savingsPlan'),
        t(`option.${spec.planType}`),
        t(`option.${spec.term}`),
        t(`option.${spec.payment}`),
      ].join(' ');
  }
}

/** The same without the family name, for rows inside the RI or Savings Plans group: "표준 1년 전체 선결제". */
export function optionShortLabel(spec: PurchaseOptionSpec, t: TFunction<'purchase'>): string {
  switch (spec.kind) {
    case 'on-demand':
    case 'spot':
      return optionLabel(spec, t);
    case 'reserved':
      return [t(`option.${spec.offeringClass}`), t(`option.${spec.term}`), t(`option.${spec.payment}`)].join(
        ' ',
      );
    case 'savings-plan':
      return [t(`option.${spec.planType}`), t(`option.${spec.term}`), t(`option.${spec.payment}`)].join(' ');
  }
}
