import { useCallback, useState } from 'react';

const STORAGE_KEY = 'cloudsizer.csv.englishHeaders';

function stored(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'true';
  } catch {
    return false;
  }
}

/** "Keep English headers" for CSV exports (for tools that read columns by name), remembered between runs. */
export function useEnglishHeaders(): [boolean, (keep: boolean) => void] {
  const [keep, setKeep] = useState(stored);
  const change = useCallback((next: boolean) => {
    setKeep(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, String(next));
    } catch {
      // storage disabled: the choice lasts for this session only
    }
  }, []);
  return [keep, change];
}
