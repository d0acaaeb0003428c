/**
 * Where a key moves the selection in a list of `count` rows; null = the key is not a move.
 * From "nothing selected" (-1) every move lands on the first row, except End.
 */
export function nextIndex(key: string, current: number, count: number, pageRows: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : clamp(current + 1);
    case 'ArrowUp':
      return current < 0 ? 0 : clamp(current - 1);
    case 'PageDown':
      return current < 0 ? 0 : clamp(current + pageRows);
    case 'PageUp':
      return current < 0 ? 0 : clamp(current - pageRows);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
