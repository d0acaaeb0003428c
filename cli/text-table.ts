/**
 * Plain-text tables for the terminal. Hangul and other East Asian wide characters take two columns in a
 * terminal, so cells are padded by display width, not by string length.
 */

/** Unicode ranges a terminal draws two columns wide (East Asian Width W and F, the blocks this CLI prints). */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo (leading consonants)
  [0x2e80, 0x303e], // CJK radicals, punctuation
  [0x3041, 0x33ff], // kana, Hangul compatibility Jamo, CJK symbols
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa960, 0xa97f], // Hangul Jamo extended-A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6], // fullwidth signs (₩ here is U+20A9, narrow; ￦ U+FFE6 is wide)
];

function isWide(codePoint: number): boolean {
  return WIDE.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** Columns `text` takes in a terminal: 2 for each wide character, 1 for any other. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

const pad = (text: string, width: number, side: 'start' | 'end') => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return side === 'start' ? fill + text : text + fill;
};

/** Left-aligned text columns, numbers right-aligned, two spaces between columns. */
export function textTable(rows: readonly (readonly string[])[], numeric: ReadonlySet<number>): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? '')))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, c) => pad(cell, widths[c] ?? 0, numeric.has(c) ? 'start' : 'end'))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
