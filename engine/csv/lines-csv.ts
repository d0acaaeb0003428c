/** Kept for existing callers: the estimate CSV of one result (see estimate-csv.ts). */
import type { EstimateResult } from '../estimate/types';
import type { Lang } from '../trace/types';
import { estimateCsv } from './estimate-csv';

export function linesCsv(result: EstimateResult, lang: Lang = 'en', englishHeaders = false): string {
  return estimateCsv(result, { lang, englishHeaders });
}
