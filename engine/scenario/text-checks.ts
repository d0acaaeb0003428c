/**
 * Checks on a scenario file's text before JSON parsing: too large, binary, not UTF-8, empty.
 * Each returns the message to show, or null when the text may be parsed.
 */
import type { FileIssue } from '../text/file-issue';

/** the same limit as the desktop shell's file IPC (electron/) and the renderer's file input */
export const MAX_SCENARIO_BYTES = 20 * 1024 * 1024;

/** UTF-8 length of a JS string without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Why the text cannot be a scenario, in English and Korean; null when it may be parsed. */
function refusal(text: string): { en: string; ko: string } | null {
  // a UTF-8 character is at most 3 bytes per UTF-16 unit, so short texts need no count
  if (text.length * 3 > MAX_SCENARIO_BYTES) {
    const over = text.length > MAX_SCENARIO_BYTES;
    const bytes = over ? text.length : utf8Length(text);
    if (bytes > MAX_SCENARIO_BYTES)
      return {
        en: `the file is ${over ? 'over ' : ''}${mb(bytes)}; a scenario file may be at most ${mb(MAX_SCENARIO_BYTES)}`,
        ko: `파일 크기가 ${mb(bytes)}${over ? '를 넘습니다' : '입니다'}: 시나리오 파일은 최대 ${mb(MAX_SCENARIO_BYTES)}까지 열 수 있습니다`,
      };
  }
  if (looksUtf16(text))
    return {
      en: 'the file is UTF-16 text (e.g. Notepad\'s "Unicode"), not UTF-8; save it as UTF-8',
      ko: 'UTF-8이 아니라 UTF-16 텍스트입니다(메모장의 "유니코드" 저장 등): UTF-8로 다시 저장하세요',
    };
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    return {
      en: `the file is binary, not a scenario (NUL byte at character ${nul + 1})`,
      ko: `시나리오가 아닌 바이너리 파일입니다 (${nul + 1}번째 문자가 NUL 바이트)`,
    };
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0)
    return {
      en: `the file is not UTF-8 text (undecodable byte at character ${bad + 1}); save it as UTF-8`,
      ko: `UTF-8 텍스트가 아닙니다 (${bad + 1}번째 문자를 읽을 수 없음): UTF-8로 다시 저장하세요`,
    };
  if (text.replace(/^\uFEFF/, '').trim() === '') return { en: 'the file is empty', ko: '빈 파일입니다' };
  return null;
}

/** The message to show when the text cannot be a scenario (English), or null when it may be parsed. */
export function checkScenarioText(text: string): string | null {
  return refusal(text)?.en ?? null;
}

/** `checkScenarioText` as a file issue at "$", with its Korean text. */
export function scenarioTextIssue(text: string): FileIssue | null {
  const refused = refusal(text);
  return refused && { path: '$', message: refused.en, ko: refused.ko };
}

/** UTF-16 read as UTF-8: a NUL byte next to nearly every ASCII character at the start. */
function looksUtf16(text: string): boolean {
  const head = text.slice(0, 200);
  if (head.length < 8) return false;
  const nuls = head.split('\u0000').length - 1;
  return nuls >= head.length * 0.3;
}
