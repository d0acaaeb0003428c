import type { TFunction } from 'i18next';
import { parseReportLine } from '../../../engine/prices/update-report';

/** A line of the updater's report in the page's language; a line no template made stays as main wrote it. */
export function reportLineText(line: string, t: TFunction): string {
  const parsed = parseReportLine(line);
  return parsed ? t(`update.reportLines.${parsed.key}`, parsed.params) : line;
}
