/** The instructor's exercise draft: plain JSON edited field by field, checked by the engine's parser. */
import { parseExercise, type Exercise, type FileIssue } from '../../../engine/exercise';
import { purchaseKey } from '../../../engine/rightsizing';
import { issueText } from '../../../engine/text/file-issue';
import type { Purchase } from '../../../engine/scenario/schema';
import { getIn, setIn, type FieldPath } from '../fields/set-in';

export type Draft = Record<string, unknown>;

export function draftOf(exercise: Exercise): Draft {
  return JSON.parse(JSON.stringify(exercise)) as Draft;
}

export function summaryUtilization(currentType: string) {
  return {
    kind: 'summary',
    currentType,
    cpuP99: 50,
    cpuMax: 70,
    cpuAvg: 20,
    memoryMaxPct: 50,
    networkPeakMbps: null,
  };
}

export function cloudwatchUtilization(currentType: string) {
  return {
    kind: 'cloudwatch-csv',
    currentType,
    timeZone: 'UTC',
    csv: 'timestamp,instance,metric,value,unit\n2026-07-01T00:00:00Z,app-1,CPUUtilization,40,Percent\n',
  };
}

export function newWorkload(n: number) {
  return {
    id: `workload-${n}`,
    name: { ko: `워크로드 ${n}`, en: `Workload ${n}` },
    utilization: summaryUtilization('m5.large'),
    hoursPerMonth: 730,
    scaling: 'single',
    interruptible: false,
  };
}

export function listAt(draft: Draft, path: FieldPath): unknown[] {
  const value = getIn(draft, path);
  return Array.isArray(value) ? value : [];
}

export function addTo(draft: Draft, path: FieldPath, item: unknown): Draft {
  return setIn(draft, path, [...listAt(draft, path), item]);
}

export function removeFrom(draft: Draft, path: FieldPath, index: number): Draft {
  return setIn(
    draft,
    path,
    listAt(draft, path).filter((_, i) => i !== index),
  );
}

/** The draft's purchase options in `choices` order, with `purchase` turned on or off. */
export function togglePurchase(
  draft: Draft,
  choices: readonly Purchase[],
  purchase: Purchase,
  on: boolean,
): Draft {
  const chosen = new Set(listAt(draft, ['purchaseOptions']).map((p) => purchaseKey(p as Purchase)));
  if (on) chosen.add(purchaseKey(purchase));
  else chosen.delete(purchaseKey(purchase));
  return setIn(
    draft,
    ['purchaseOptions'],
    choices.filter((p) => chosen.has(purchaseKey(p))),
  );
}

export function hasPurchase(draft: Draft, purchase: Purchase): boolean {
  return listAt(draft, ['purchaseOptions']).some((p) => purchaseKey(p as Purchase) === purchaseKey(purchase));
}

export type DraftCheck =
  | { ok: true; exercise: Exercise; issues: Map<string, string> }
  | { ok: false; issues: Map<string, string>; list: FileIssue[] };

/** The engine's verdict, with the messages (in `lang`) grouped by JSON path for the fields. */
export function checkDraft(draft: Draft, lang: 'ko' | 'en' = 'en'): DraftCheck {
  const parsed = parseExercise(draft);
  if (parsed.ok) return { ok: true, exercise: parsed.value, issues: new Map() };
  const issues = new Map<string, string>();
  for (const issue of parsed.issues) {
    const before = issues.get(issue.path);
    const text = issueText(issue, lang);
    issues.set(issue.path, before ? `${before}; ${text}` : text);
  }
  return { ok: false, issues, list: parsed.issues };
}
