import type { TFunction } from 'i18next';
import { parseReportLine } from '../../../engine/prices/update-report';

/**
 * A line of the updater's report in the page's language; a line no template made stays as main wrote it.
 * The count goes to i18next as a number, so English picks "1 rate" or "2 rates" (`_one` / `_other` keys).
 */
export function reportLineText(line: string, t: TFunction): string {
  const parsed = parseReportLine(line);
  if (!parsed) return line;
  const { count } = parsed.params;
  const params: Record<string, string | number> = { ...parsed.params };
  if (count !== undefined && /^\d+$/.test(count)) params.count = Number(count);
  return t(`update.reportLines.${parsed.key}`, params);
}
