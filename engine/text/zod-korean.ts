/**
 * zod's problems in Korean, for the Korean UI. Files are checked in English as always; only when that fails
 * is the value parsed again with `koreanErrorMap`, and each Korean issue is paired with the English one at
 * the same index (same path and code). zod's per-parse map gives no text where a schema wrote its own
 * message, so schemas give those a Korean twin:
 *
 * - a fixed message: `bilingual('at most 36,500 days (100 years)', '최대 36,500일(100년)까지 …')` (the
 *   English is returned, and its Korean remembered);
 * - a message built from the value: `ctx.addIssue({ code: 'custom', path, message, params: { ko } })`, or
 *   `.refine(check, { message, path, params: { ko } })`.
 */
import type { z } from 'zod';
import { jsonPath } from '../scenario/json-path';
import { withJosaOrNull, type FileIssue } from './file-issue';
import { withJosa, wordEnding } from './josa';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

/** English schema message → its Korean (filled by `bilingual` when the schemas are defined). */
const KOREAN_OF = new Map<string, string>();

/** A schema's own fixed message with its Korean: returns `en` for zod, and remembers `ko`. */
export function bilingual(en: string, ko: string): string {
  const before = KOREAN_OF.get(en);
  if (before !== undefined && before !== ko)
    throw new Error(`two Korean texts for "${en}": "${before}", "${ko}"`);
  KOREAN_OF.set(en, ko);
  return en;
}

const HANGUL = /[\uac00-\ud7a3]/;

/** 1000000 → "1,000,000" (limits are easier to read grouped; the user's own input is shown as typed). */
function grouped(n: number | bigint): string {
  const text = String(n);
  if (!/^-?\d{4,}$/.test(text)) return text;
  return text.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** A value from the file as shown in a message: strings quoted (long ones cut), arrays and objects named. */
function shown(value: unknown): string {
  if (typeof value === 'string') {
    const chars = [...value];
    return chars.length > 40
      ? `${JSON.stringify(chars.slice(0, 40).join('')).slice(0, -1)}…"`
      : JSON.stringify(value);
  }
  if (Array.isArray(value)) return '배열';
  if (value === null) return 'null';
  if (typeof value === 'object') return '객체';
  return String(value);
}

/** The kind of a value found in the file, with the value: `문자열 "abc"`, `숫자 12`, `배열`. */
function found(value: unknown): string {
  if (typeof value === 'string') return `문자열 ${shown(value)}`;
  if (typeof value === 'number') return `숫자 ${shown(value)}`;
  if (typeof value === 'boolean') return `참/거짓 값 ${shown(value)}`;
  return shown(value);
}

const KINDS: Readonly<Record<string, string>> = {
  number: '숫자',
  int: '정수',
  bigint: '정수',
  string: '문자열',
  boolean: '참/거짓 값(true/false)',
  object: '객체',
  record: '객체',
  array: '배열',
  tuple: '배열',
  null: 'null',
  date: '날짜',
};

/** "2여야", "1이어야": the copula that fits how `word` ends. */
const mustBe = (word: string) => `${word}${wordEnding(word) === 'vowel' ? '여야' : '이어야'}`;

const inputNote = (input: unknown) => (input === undefined ? '' : ` (입력값: ${shown(input)})`);

function invalidType(issue: Extract<RawIssue, { code: 'invalid_type' }>): string {
  const input = issue.input;
  if (typeof input === 'number' && !Number.isFinite(input))
    return `숫자가 너무 ${input > 0 ? '큽니다' : '작습니다'}: 유한한 숫자여야 합니다`;
  if (issue.expected === 'int' && typeof input === 'number') return `정수여야 합니다${inputNote(input)}`;
  const kind = KINDS[issue.expected] ?? '올바른 형식의 값';
  if (input === undefined) return `값이 없습니다: ${withJosa(kind, '이')} 필요합니다`;
  const what = found(input);
  const subject = withJosaOrNull(what, '이');
  return subject === null
    ? `${withJosa(kind, '이')} 와야 하는데 들어 있는 값은 ${what}입니다`
    : `${withJosa(kind, '이')} 와야 하는데 ${subject} 들어 있습니다`;
}

function sizeOf(input: unknown): number | null {
  if (typeof input === 'string') return [...input].length;
  if (Array.isArray(input)) return input.length;
  if (input instanceof Set || input instanceof Map) return input.size;
  return null;
}

function tooSmall(issue: Extract<RawIssue, { code: 'too_small' }>): string {
  const min = grouped(issue.minimum);
  const size = sizeOf(issue.input);
  if (issue.origin === 'string') {
    if (issue.exact) return `정확히 ${min}자여야 합니다 (지금 ${size ?? 0}자)`;
    if (Number(issue.minimum) <= 1) return '비어 있으면 안 됩니다';
    return `${min}자 이상이어야 합니다 (지금 ${size ?? 0}자)`;
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    if (issue.exact) return `정확히 ${min}개여야 합니다 (지금 ${size ?? 0}개)`;
    if (Number(issue.minimum) <= 1) return '하나 이상 있어야 합니다 (지금 비어 있습니다)';
    return `${min}개 이상 있어야 합니다 (지금 ${size ?? 0}개)`;
  }
  if (issue.exact) return `정확히 ${mustBe(min)} 합니다${inputNote(issue.input)}`;
  return issue.inclusive === false
    ? `${min}보다 커야 합니다${inputNote(issue.input)}`
    : `${min} 이상이어야 합니다${inputNote(issue.input)}`;
}

function tooBig(issue: Extract<RawIssue, { code: 'too_big' }>): string {
  const max = grouped(issue.maximum);
  const size = sizeOf(issue.input);
  if (issue.origin === 'string')
    return `${issue.exact ? '정확히 ' : ''}${max}자${issue.exact ? '여야' : ' 이하여야'} 합니다 (지금 ${size ?? 0}자)`;
  if (issue.origin === 'array' || issue.origin === 'set')
    return `${issue.exact ? '정확히 ' : ''}${max}개${issue.exact ? '여야' : ' 이하여야'} 합니다 (지금 ${size ?? 0}개)`;
  if (issue.exact) return `정확히 ${mustBe(max)} 합니다${inputNote(issue.input)}`;
  return issue.inclusive === false
    ? `${max}보다 작아야 합니다${inputNote(issue.input)}`
    : `${max} 이하여야 합니다${inputNote(issue.input)}`;
}

/** "… 중 하나여야 합니다": every allowed value up to 10, else how many there are and a few of them. */
function oneOf(values: readonly unknown[]): string {
  if (values.length <= 10) return `${values.map(shown).join(', ')} 중 하나여야 합니다`;
  return `쓸 수 있는 값 ${values.length}가지 중 하나여야 합니다 (예: ${values.slice(0, 3).map(shown).join(', ')})`;
}

/** "X는 쓸 수 없습니다" with the particle that fits X, or another wording where X cannot be read. */
function notAllowed(input: unknown): string {
  const subject = withJosaOrNull(shown(input), '은');
  return subject === null ? `쓸 수 없는 값입니다 (입력값: ${shown(input)})` : `${subject} 쓸 수 없습니다`;
}

const isRegionList = (values: readonly unknown[]) =>
  values.includes('ap-northeast-2') && values.includes('us-east-1');

function invalidValue(issue: Extract<RawIssue, { code: 'invalid_value' }>): string {
  const { input, values } = issue;
  if (isRegionList(values)) {
    const hint = '"ap-northeast-2"(서울)이나 "us-east-1" 같은 리전 코드를 쓰세요';
    return input === undefined ? `리전이 없습니다: ${hint}` : `알 수 없는 리전 ${shown(input)}: ${hint}`;
  }
  if (values.length === 1) {
    const only = `${shown(values[0])}만 쓸 수 있습니다`;
    return input === undefined ? `값이 없습니다: ${only}` : `${notAllowed(input)}: ${only}`;
  }
  return input === undefined ? `값이 없습니다: ${oneOf(values)}` : `${notAllowed(input)}: ${oneOf(values)}`;
}

/** Korean names of the fields that choose a variant (`service`, `pattern`, …); others are shown as is. */
const DISCRIMINATORS: Readonly<Record<string, string>> = {
  service: '서비스',
  pattern: '사용 패턴',
  option: '구매 옵션',
  display: '통화 표시',
  kind: '종류',
};

function invalidUnion(issue: Extract<RawIssue, { code: 'invalid_union' }>): string {
  if (issue.inclusive === false) return '여러 형식에 동시에 맞아 어느 것인지 정할 수 없습니다';
  const { discriminator } = issue as { discriminator?: unknown };
  if (typeof discriminator === 'string') {
    const name = DISCRIMINATORS[discriminator] ?? `"${discriminator}" 값`;
    const options = Array.isArray(issue.options) ? oneOf(issue.options) : '';
    const input = issue.input as Record<string, unknown> | undefined;
    const value = typeof input === 'object' && input !== null ? input[discriminator] : undefined;
    return value === undefined
      ? `${withJosa(name, '이')} 없습니다: ${options}`
      : `알 수 없는 ${name} ${shown(value)}: ${options}`;
  }
  // z.union of literals (e.g. 30 | 20 | 0): say it as a list of values
  const branches = issue.errors;
  const literals = branches.map((b) =>
    b.length === 1 && b[0]?.code === 'invalid_value' && b[0].path.length === 0 ? b[0].values : null,
  );
  if (branches.length > 0 && literals.every((v) => v !== null)) {
    const values = literals.flatMap((v) => v ?? []);
    return issue.input === undefined
      ? `값이 없습니다: ${oneOf(values)}`
      : `${notAllowed(issue.input)}: ${oneOf(values)}`;
  }
  return '어느 형식에도 맞지 않습니다';
}

const FORMATS: Readonly<Record<string, string>> = {
  date: '"YYYY-MM-DD" 날짜',
  datetime: 'ISO 8601 날짜와 시각',
  time: '"HH:MM:SS" 시각',
  email: '이메일 주소',
  url: 'URL',
  uuid: 'UUID',
  ipv4: 'IPv4 주소',
  ipv6: 'IPv6 주소',
  base64: 'base64',
  json_string: 'JSON 문자열',
};

function invalidFormat(issue: Extract<RawIssue, { code: 'invalid_format' }>): string {
  const note = inputNote(issue.input);
  const { prefix, suffix, includes } = issue as { prefix?: string; suffix?: string; includes?: string };
  const edge = (text: string, particle: '으로' | '이', verb: string) => {
    const word = withJosaOrNull(JSON.stringify(text), particle);
    return word === null
      ? `형식이 맞지 않습니다: ${verb} (${JSON.stringify(text)})${note}`
      : `형식이 맞지 않습니다: ${word} ${verb}${note}`;
  };
  if (issue.format === 'starts_with' && prefix !== undefined) return edge(prefix, '으로', '시작해야 합니다');
  if (issue.format === 'ends_with' && suffix !== undefined) return edge(suffix, '으로', '끝나야 합니다');
  if (issue.format === 'includes' && includes !== undefined)
    return edge(includes, '이', '들어 있어야 합니다');
  if (issue.format === 'regex' && issue.pattern !== undefined)
    return `형식이 맞지 않습니다: 정규식 ${issue.pattern}에 맞아야 합니다${note}`;
  const format = FORMATS[issue.format];
  return format === undefined
    ? `형식이 맞지 않습니다${note}`
    : `형식이 맞지 않습니다: ${format} 형식이어야 합니다${note}`;
}

/** zod's error map in Korean: used for a second parse, only when the first (English) one failed. */
export const koreanErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_value':
      return invalidValue(issue);
    case 'unrecognized_keys':
      return `알 수 없는 키: ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_format':
      return invalidFormat(issue);
    case 'invalid_union':
      return invalidUnion(issue);
    case 'not_multiple_of':
      return `${grouped(issue.divisor)}의 배수여야 합니다${inputNote(issue.input)}`;
    case 'invalid_key':
      return '키가 올바르지 않습니다';
    case 'invalid_element':
      return '값이 올바르지 않습니다';
    default:
      return '값이 올바르지 않습니다';
  }
};

/** The Korean a schema wrote beside its own English message (`params.ko` or `bilingual`), if it did. */
export function schemaKorean(issue: {
  readonly message: string;
  readonly params?: unknown;
}): string | undefined {
  const params = issue.params as { readonly ko?: unknown } | undefined;
  if (typeof params?.ko === 'string') return params.ko;
  return KOREAN_OF.get(issue.message);
}

/** The Korean text of an issue from the Korean parse; undefined where the schema's message is English only. */
function koreanText(korean: Issue, english: Issue): string | undefined {
  const registered = schemaKorean(korean);
  if (registered !== undefined) return registered;
  // the Korean map wrote it (a schema's own message reads the same in both parses)
  return korean.message !== english.message && HANGUL.test(korean.message) ? korean.message : undefined;
}

const samePath = (a: Issue, b: Issue) => JSON.stringify(a.path) === JSON.stringify(b.path);

/**
 * The Korean text of each of `english` (the issues of `schema.safeParse(value)`), by parsing `value` again
 * with the Korean error map; undefined where the two parses do not line up or no Korean exists.
 */
export function koreanTextsFor(
  schema: z.ZodType,
  value: unknown,
  english: readonly Issue[],
): (string | undefined)[] {
  const again = schema.safeParse(value, { error: koreanErrorMap, reportInput: true });
  const korean = again.success ? [] : again.error.issues;
  return english.map((issue, index) => {
    const twin = korean[index];
    return twin !== undefined && twin.code === issue.code && samePath(twin, issue)
      ? koreanText(twin, issue)
      : undefined;
  });
}

/**
 * File issues (JSON path, English message, Korean text) for a failed `schema.safeParse(value)`.
 * `english` rewords an issue's English message (default: zod's own).
 */
export function zodFileIssues(
  schema: z.ZodType,
  value: unknown,
  error: z.ZodError,
  english: (issue: Issue) => string = (issue) => issue.message,
): FileIssue[] {
  const korean = koreanTextsFor(schema, value, error.issues);
  return error.issues.map((issue, index) => {
    const ko = korean[index];
    const path = jsonPath(issue.path);
    return ko === undefined ? { path, message: english(issue) } : { path, message: english(issue), ko };
  });
}
