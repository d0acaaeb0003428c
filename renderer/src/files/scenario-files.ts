/** Scenario files in and out, the same in web and desktop mode: text ↔ validated scenario. */
import { parseScenarioText, type Scenario, type ScenarioIssue } from '../../../engine/scenario';

export const SCENARIO_EXTENSION = '.cloudsizer.json';
/** the same limit the desktop shell applies to files it reads and writes */
export const MAX_SCENARIO_BYTES = 20 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

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

export type ReadOutcome =
  | { ok: true; scenario: Scenario; migratedFrom: number | null }
  | { ok: false; fileName: string; issues: readonly ScenarioIssue[] };

export function readScenarioText(text: string, fileName: string): ReadOutcome {
  const parsed = parseScenarioText(text);
  return parsed.ok ? parsed : { ok: false, fileName, issues: parsed.issues };
}

/** A dropped or chosen File: too-large files are refused before they are read. */
export async function readScenarioFile(file: File): Promise<ReadOutcome> {
  if (file.size > MAX_SCENARIO_BYTES)
    return {
      ok: false,
      fileName: file.name,
      issues: [
        {
          path: '$',
          message: `the file is ${megabytes(file.size)}; the limit is ${megabytes(MAX_SCENARIO_BYTES)}`,
        },
      ],
    };
  return readScenarioText(await file.text(), file.name);
}

/** Web mode "save": the browser downloads the text under `fileName`. */
export function downloadText(
  text: string,
  fileName: string,
  mimeType: string,
  doc: Document = document,
): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
