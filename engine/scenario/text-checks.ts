/**
 * Checks on a scenario file's text before JSON parsing: too large, binary, not UTF-8, empty.
 * Each returns the message to show, or null when the text may be parsed.
 */

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

export function checkScenarioText(text: string): string | null {
  // a UTF-8 character is at most 3 bytes per UTF-16 unit, so short texts need no count
  if (text.length * 3 > MAX_SCENARIO_BYTES) {
    const bytes = text.length > MAX_SCENARIO_BYTES ? text.length : utf8Length(text);
    if (bytes > MAX_SCENARIO_BYTES)
      return `the file is ${text.length > MAX_SCENARIO_BYTES ? 'over ' : ''}${mb(bytes)}; a scenario file may be at most ${mb(MAX_SCENARIO_BYTES)}`;
  }
  if (looksUtf16(text))
    return 'the file is UTF-16 text (e.g. Notepad\'s "Unicode"), not UTF-8; save it as UTF-8';
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return `the file is binary, not a scenario (NUL byte at character ${nul + 1})`;
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0)
    return `the file is not UTF-8 text (undecodable byte at character ${bad + 1}); save it as UTF-8`;
  if (text.replace(/^\uFEFF/, '').trim() === '') return 'the file is empty';
  return null;
}

/** UTF-16 read as UTF-8: a NUL byte next to nearly every ASCII character at the start. */
function looksUtf16(text: string): boolean {
  const head = text.slice(0, 200);
  if (head.length < 8) return false;
  const nuls = head.split('\u0000').length - 1;
  return nuls >= head.length * 0.3;
}
