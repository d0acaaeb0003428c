/**
 * Zod's messages made specific for people fixing a file by hand: say the value found and what is expected,
 * without listing 35 region codes.
 */
import type { z } from 'zod';
import { jsonPath } from './json-path';

export type ScenarioIssue = { path: string; message: string };

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

export function issuesFromZod(error: z.ZodError): ScenarioIssue[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: message(issue) }));
}
