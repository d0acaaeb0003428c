/** Reading a chosen or dropped file in the page, and what to say when the browser cannot. */
import type { FileIssue } from '../../../engine/text/file-issue';

/** A chosen or dropped file's text as UTF-8 (FileReader where Blob.text is missing, e.g. jsdom). */
export async function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file, 'utf-8');
  });
}

/**
 * The browser could not read `fileName` (moved or deleted after it was chosen, no permission, a folder):
 * its own reason is English only, so the Korean says what to check and keeps the reason in brackets.
 */
export function fileReadIssue(fileName: string, error: unknown): FileIssue {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    path: '$',
    message: `cannot read ${fileName}: ${reason}`,
    ko: `"${fileName}" 파일을 읽을 수 없습니다: 고른 뒤에 옮기거나 지우지 않았는지, 읽기 권한이 있는지 확인하세요 (${reason})`,
  };
}
