import { downloadText } from '../files/scenario-files';

/** The exercise page's downloads in a browser: JSON files (exercises, submissions) and CSV results. */
export function browserDownload(text: string, fileName: string): void {
  downloadText(text, fileName, fileName.endsWith('.json') ? 'application/json' : 'text/csv;charset=utf-8');
}
