import { describe, expect, it } from 'vitest';
import { IssueLog, RejectedRecordsError } from './issues';

function logOf(count: number, keep = 200): IssueLog {
  const log = new IssueLog(keep);
  for (let line = 1; line <= count; line++)
    log.add({ where: { file: 'offer.csv', line }, message: 'not a number' });
  return log;
}

describe('rejected records, counted in English', () => {
  it('says "1 record" for one and "2 records" for two', () => {
    expect(new RejectedRecordsError('offer.csv', logOf(1)).message).toBe(
      'offer.csv: 1 record rejected; no snapshot was written.\noffer.csv line 1: not a number',
    );
    expect(new RejectedRecordsError('offer.csv', logOf(2)).message).toMatch(
      /^offer\.csv: 2 records rejected; no snapshot was written\.\n/,
    );
  });

  it('counts the records left off the list the same way', () => {
    expect(logOf(3).format(2).split('\n').at(-1)).toBe('… and 1 more rejected record');
    expect(logOf(4).format(2).split('\n').at(-1)).toBe('… and 2 more rejected records');
  });
});
