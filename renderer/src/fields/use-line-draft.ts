/**
 * Inline editing of one line item. Every change builds a candidate item and validates it with the engine's
 * line schema (plus rules that span fields). A valid candidate is committed at once, so totals follow each
 * keystroke; an invalid one stays here, its problems shown under the fields, while the scenario keeps the
 * last valid line.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ec2UsageIssues, lineItemSchema, type LineItem } from '../../../engine/scenario';
import { localizeIssue, type LineIssue } from './localize-issue';
import { getIn, pathKey, setIn, type FieldPath } from './set-in';

export type TextProblem = 'number' | 'required' | 'decimal' | 'date';

type Draft = {
  readonly candidate: LineItem;
  readonly textProblems: Readonly<Record<string, TextProblem>>;
  readonly issues: readonly LineIssue[];
};

export type LineDraft = {
  /** the item as edited (may be invalid) */
  readonly current: LineItem;
  readonly invalid: boolean;
  setValue: (path: FieldPath, value: unknown) => void;
  /** replace the whole candidate (for changes that touch several fields, e.g. a new purchase option) */
  replace: (update: (current: LineItem) => LineItem) => void;
  reportText: (path: FieldPath, problem: TextProblem) => void;
  errorFor: (path: FieldPath) => string | undefined;
  /** problems whose path matches no field of the editor, shown at the top of the card */
  otherErrors: (knownPaths: readonly string[]) => string[];
};

/** Rules the line schema cannot see alone (they live on the whole scenario, as `hoursPerMonth` does). */
export function crossFieldIssues(item: LineItem, hoursPerMonth?: number): LineIssue[] {
  if (item.service !== 'ec2') return [];
  return ec2UsageIssues(item, hoursPerMonth).map(({ ko, ...issue }) => ({
    ...issue,
    code: 'custom',
    params: { ko },
  }));
}

export function validateLine(
  candidate: LineItem,
  hoursPerMonth?: number,
): { ok: true; item: LineItem } | { ok: false; issues: LineIssue[] } {
  const parsed = lineItemSchema.safeParse(candidate);
  const extra = crossFieldIssues(parsed.success ? parsed.data : candidate, hoursPerMonth);
  if (parsed.success && extra.length === 0) return { ok: true, item: parsed.data };
  return { ok: false, issues: [...(parsed.success ? [] : parsed.error.issues), ...extra] };
}

export function useLineDraft(
  item: LineItem,
  onCommit: (item: LineItem) => void,
  onValidity: (id: string, invalid: boolean) => void,
  /** the scenario's hours per month, for rules that need it (a monthly spike lasts at most the month) */
  hoursPerMonth?: number,
): LineDraft {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft | null>(null);
  const current = draft?.candidate ?? item;

  const apply = useCallback(
    (candidate: LineItem, textProblems: Readonly<Record<string, TextProblem>>) => {
      const result = validateLine(candidate, hoursPerMonth);
      if (result.ok && Object.keys(textProblems).length === 0) {
        setDraft(null);
        onValidity(item.id, false);
        onCommit(result.item);
        return;
      }
      setDraft({ candidate, textProblems, issues: result.ok ? [] : result.issues });
      onValidity(item.id, true);
    },
    [item.id, onCommit, onValidity, hoursPerMonth],
  );

  const setValue = useCallback(
    (path: FieldPath, value: unknown) => {
      const key = pathKey(path);
      const rest = Object.fromEntries(Object.entries(draft?.textProblems ?? {}).filter(([k]) => k !== key));
      apply(setIn(current, path, value), rest);
    },
    [apply, current, draft],
  );

  const replace = useCallback(
    (update: (current: LineItem) => LineItem) => apply(update(current), draft?.textProblems ?? {}),
    [apply, current, draft],
  );

  const reportText = useCallback(
    (path: FieldPath, problem: TextProblem) =>
      apply(current, { ...(draft?.textProblems ?? {}), [pathKey(path)]: problem }),
    [apply, current, draft],
  );

  const messages = useMemo(() => {
    const byPath = new Map<string, string>();
    if (!draft) return byPath;
    for (const [key, problem] of Object.entries(draft.textProblems))
      byPath.set(key, t(`validation.${problem}`));
    for (const issue of draft.issues) {
      const key = pathKey(issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)));
      if (!byPath.has(key)) byPath.set(key, localizeIssue(issue, t));
    }
    return byPath;
  }, [draft, t]);

  const errorFor = useCallback((path: FieldPath) => messages.get(pathKey(path)), [messages]);
  const otherErrors = useCallback(
    (knownPaths: readonly string[]) =>
      [...messages].filter(([key]) => !knownPaths.includes(key)).map(([, m]) => m),
    [messages],
  );

  return { current, invalid: draft !== null, setValue, replace, reportText, errorFor, otherErrors };
}

export { getIn };
