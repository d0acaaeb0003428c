/**
 * Zod's messages made specific for people fixing a file by hand: say the value found and what is expected,
 * without listing 35 region codes. The Korean text comes from engine/text/zod-korean (same wording there).
 */
import type { z } from 'zod';
import type { FileIssue } from '../text/file-issue';
import { zodFileIssues } from '../text/zod-korean';

export type ScenarioIssue = FileIssue;

const show = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));
const REGION_KEYS = new Set(['region', 'destinationRegion']);

function message(issue: z.core.$ZodIssue): string {
  const last = issue.path[issue.path.length - 1];
  if (issue.code === 'invalid_value') {
    if (typeof last === 'string' && REGION_KEYS.has(last))
      return `unknown region ${show(issue.input)}: use a region code such as "ap-northeast-2" (Seoul) or "us-east-1"`;
    if (issue.values.length <= 10)
      return `${show(issue.input)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (issue.code === 'invalid_union' && 'discriminator' in issue && typeof issue.discriminator === 'string') {
    const input = issue.input as Record<string, unknown> | undefined;
    const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.join(', ') : '';
    return `unknown ${issue.discriminator} ${show(input?.[issue.discriminator])}: expected one of ${options}`;
  }
  return issue.message;
}

/** The issues of `schema.safeParse(value, { reportInput: true })` that failed with `error`, in both languages. */
export function issuesFromZod(schema: z.ZodType, value: unknown, error: z.ZodError): ScenarioIssue[] {
  return zodFileIssues(schema, value, error, message);
}
