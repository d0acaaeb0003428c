/**
 * A problem found in a file the user opened (scenario, workspace, exercise, submission): where it is (a JSON
 * path such as "$.items[2].count") and what is wrong, in English (`message`: CLI, logs, tests) and, when
 * there is one, in Korean (`ko`: the Korean UI shows `ko ?? message`).
 */
import { jsonErrorOffset } from '../scenario/json-error-offset';
import { withJosa, wordEnding, type Particle } from './josa';

export type FileIssue = { path: string; message: string; ko?: string };

/** The text of `issue` in the UI language: Korean where it has one, else the English message. */
export function issueText(issue: FileIssue, lang: 'ko' | 'en'): string {
  return lang === 'ko' ? (issue.ko ?? issue.message) : issue.message;
}

/** `issue` moved under `prefix` (a nested document's path, e.g. "$.scenarios[1].scenario"), in both languages. */
export function issueUnder(prefix: string, issue: FileIssue): FileIssue {
  const path = prefix + issue.path.slice(1);
  return issue.ko === undefined
    ? { path, message: issue.message }
    : { path, message: issue.message, ko: issue.ko };
}

/** `issue` with `text` (e.g. a file name and ": ") before its message in both languages. */
export function issueWithPrefix(text: string, issue: FileIssue): FileIssue {
  return issue.ko === undefined
    ? { ...issue, message: text + issue.message }
    : { ...issue, message: text + issue.message, ko: text + issue.ko };
}

/** Line and column (1-based) of a character offset. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/**
 * What JavaScript's JSON.parse said (V8's wording) in Korean, told more exactly by the character it stopped
 * at (`at`; '' at the end of the text, undefined when not known); null when the message is not recognised.
 */
function jsonReasonKo(native: string, at: string | undefined): string | null {
  if (at === '/') return 'JSON에는 주석(// 또는 /* */)을 쓸 수 없습니다';
  if (/^Unterminated string/.test(native)) return '문자열을 닫는 큰따옴표(")가 없습니다';
  if (at === '' || /^Unexpected end of JSON input/.test(native))
    return '파일이 중간에 끝났습니다 (닫는 괄호나 따옴표가 빠졌을 수 있습니다)';
  if (/^Expected ',' or '\}' after property value/.test(native))
    return '속성 값 뒤에 쉼표(,)나 닫는 중괄호(})가 와야 합니다';
  if (/^Expected ',' or '\]' after array element/.test(native))
    return '배열 항목 뒤에 쉼표(,)나 닫는 대괄호(])가 와야 합니다';
  if (/^Expected (double-quoted )?property name/.test(native)) {
    if (at === '}') return '마지막 항목 뒤에는 쉼표를 쓸 수 없습니다';
    return '키 이름이 와야 합니다 (키 이름은 큰따옴표로 감쌉니다)';
  }
  if (/^Expected ':' after property name/.test(native)) return '키 이름 뒤에 콜론(:)이 와야 합니다';
  if (/^Bad control character in string literal/.test(native))
    return '문자열 안에 줄바꿈이나 탭 같은 제어 문자를 그대로 쓸 수 없습니다';
  if (/^Bad (escaped character|Unicode escape)/.test(native))
    return '문자열 안의 역슬래시(\\) 뒤에 쓸 수 없는 문자가 있습니다';
  if (/^Unexpected non-whitespace character after JSON/.test(native))
    return 'JSON 값이 끝난 뒤에 다른 내용이 더 있습니다';
  if (
    /^(No number after minus sign|Exponent part is missing a number|Unterminated fractional number)/.test(
      native,
    )
  )
    return '숫자 형식이 올바르지 않습니다';
  if (/^Unexpected (string|number) in JSON/.test(native))
    return '여기에 값이 올 수 없습니다 (앞에 쉼표(,)나 콜론(:)이 빠졌을 수 있습니다)';
  const token = /^Unexpected token '(.)'/.exec(native)?.[1];
  if (token !== undefined) return `여기에 올 수 없는 문자가 있습니다: '${token}'`;
  return null;
}

/**
 * A JSON syntax error in Korean, e.g. "올바른 JSON이 아닙니다 (3번째 줄, 5번째 열): 속성 값 뒤에 쉼표(,)나 닫는
 * 중괄호(})가 와야 합니다". `body` is the text given to JSON.parse, `native` its error's message.
 */
export function notValidJsonKo(body: string, native: string): string {
  const offset = jsonErrorOffset(body);
  const at = offset === null ? null : lineColumnOf(body, offset);
  const where = at === null ? '' : ` (${at.line}번째 줄, ${at.column}번째 열)`;
  const reason = jsonReasonKo(native, offset === null ? undefined : body.slice(offset).trim().charAt(0));
  return `올바른 JSON이 아닙니다${where}${reason === null ? '' : `: ${reason}`}`;
}

/**
 * `word` followed by `particle` when its ending can be read (`withJosa`); otherwise null, so the caller can
 * say it another way rather than write a fallback form such as "이(가)".
 */
export function withJosaOrNull(word: string, particle: Particle): string | null {
  return wordEnding(word) === null ? null : withJosa(word, particle);
}
