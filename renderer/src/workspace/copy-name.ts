/** The name of a duplicated scenario: "서울 웹 (사본)", then "서울 웹 (사본 2)", … never one the workspace uses. */
const MAX_NAME = 120;

export function copyName(taken: readonly string[], name: string, copyWord: string): string {
  const used = new Set(taken);
  const escaped = copyWord.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stem = name.replace(new RegExp(` \\(${escaped}(?: \\d+)?\\)$`), '');
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ` (${copyWord})` : ` (${copyWord} ${n})`;
    const candidate = [...stem].slice(0, MAX_NAME - [...suffix].length).join('') + suffix;
    if (!used.has(candidate)) return candidate;
  }
}
