import { counted } from '../../../engine/text/plural';
import { describeWhere, type Where } from './offer-model';

/** One rejected record: what value, in which column or attribute, where. */
export type ImportIssue = {
  where: Where;
  /** CSV column header or JSON attribute name; absent when the whole record is malformed */
  field?: string;
  value?: string;
  message: string;
};

export function formatIssue(issue: ImportIssue): string {
  const kind = issue.where.line !== undefined ? 'column' : 'attribute';
  const field = issue.field !== undefined ? `, ${kind} "${issue.field}"` : '';
  const value = issue.value !== undefined ? `, value "${issue.value}"` : '';
  return `${describeWhere(issue.where)}${field}${value}: ${issue.message}`;
}

/** Collects rejected records. Keeps the first `keep` in full and counts the rest. */
export class IssueLog {
  readonly kept: ImportIssue[] = [];
  count = 0;
  constructor(private readonly keep = 200) {}

  add(issue: ImportIssue): void {
    this.count++;
    if (this.kept.length < this.keep) this.kept.push(issue);
  }

  get empty(): boolean {
    return this.count === 0;
  }

  /** Human-readable list, `limit` lines at most plus a "… and N more" line. */
  format(limit = 30): string {
    const lines = this.kept.slice(0, limit).map(formatIssue);
    const more = this.count - lines.length;
    if (more > 0) lines.push(`… and ${counted(more, 'more rejected record')}`);
    return lines.join('\n');
  }
}

/** Thrown when an offer file has rejected records: nothing from the update is kept. */
export class RejectedRecordsError extends Error {
  constructor(
    readonly file: string,
    readonly issues: IssueLog,
  ) {
    super(
      `${file}: ${counted(issues.count, 'record')} rejected; no snapshot was written.\n${issues.format()}`,
    );
    this.name = 'RejectedRecordsError';
  }
}
