/** Scenario files out, the same in web and desktop mode: scenario → text, safe file names, downloads. */
import type { Scenario } from '../../../engine/scenario';

export const SCENARIO_EXTENSION = '.cloudsizer.json';
/** the same limit the desktop shell applies to files it reads and writes */
export const MAX_SCENARIO_BYTES = 20 * 1024 * 1024;

export function scenarioText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** "서울 웹 서비스" → "서울 웹 서비스.cloudsizer.json"; characters no file system accepts become "-". */
export function fileNameFor(name: string, extension: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const unsafe = /[\u0000-\u001f<>:"/\\|?*]+/g;
  const safe = name.replace(unsafe, '-').trim().replace(/^\.+/, '').slice(0, 150);
  return `${safe === '' ? 'cloudsizer' : safe}${extension}`;
}

/** Web mode "save": the browser downloads `blob` under `fileName`. */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function downloadText(
  text: string,
  fileName: string,
  mimeType: string,
  doc: Document = document,
): void {
  downloadBlob(new Blob([text], { type: mimeType }), fileName, doc);
}
