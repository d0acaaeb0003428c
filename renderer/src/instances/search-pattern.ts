/**
 * The picker's search box: plain text matches any part of the type name (case-insensitive);
 * text written as /pattern/ or /pattern/flags is a regular expression, as on ec2instances.info.
 */
export type SearchPattern =
  | { kind: 'all' }
  | { kind: 'text'; needle: string }
  | { kind: 'regex'; regex: RegExp }
  | { kind: 'invalid'; pattern: string; message: string };

const REGEX_LITERAL = /^\/(.+)\/([a-z]*)$/;

export function parseSearch(input: string): SearchPattern {
  const trimmed = input.trim();
  if (trimmed === '') return { kind: 'all' };
  const literal = REGEX_LITERAL.exec(trimmed);
  if (!literal) return { kind: 'text', needle: trimmed.toLowerCase() };
  const [, body = '', flags = ''] = literal;
  try {
    return { kind: 'regex', regex: new RegExp(body, flags.includes('i') ? flags : `${flags}i`) };
  } catch (error) {
    return {
      kind: 'invalid',
      pattern: trimmed,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

export function matchesSearch(pattern: SearchPattern, typeName: string): boolean {
  switch (pattern.kind) {
    case 'all':
    case 'invalid':
      return true;
    case 'text':
      return typeName.includes(pattern.needle);
    case 'regex':
      pattern.regex.lastIndex = 0;
      return pattern.regex.test(typeName);
  }
}
