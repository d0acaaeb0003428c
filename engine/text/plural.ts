/** English count and noun: `counted(1, 'row')` → "1 row", `counted(3, 'row')` → "3 rows". */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
