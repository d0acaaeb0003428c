import type { PriceSnapshot } from '../../../engine/prices';
import type { Region } from '../../../pricing-data/schema';
import type { Language } from '../i18n';

export type RegionOption = { value: Region; label: string };

/** "아시아 태평양(서울) · ap-northeast-2" in Korean, "Asia Pacific (Seoul) · ap-northeast-2" in English. */
export function regionOptions(snapshot: PriceSnapshot, language: Language): RegionOption[] {
  return snapshot.regions.regions.map((region) => ({
    value: region.code,
    label: `${language === 'ko' ? region.nameKo : region.nameEn} · ${region.code}`,
  }));
}
