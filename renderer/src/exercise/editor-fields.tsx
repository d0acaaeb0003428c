/**
 * Form fields bound to a path of the exercise draft, showing the engine's schema issue for that path
 * inline (zod paths as "$.workloads[0].utilization.cpuP99"). Number boxes that do not hold a number keep
 * the last good value in the draft and say so next to the box.
 */
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { jsonPath } from '../../../engine/scenario/parse';
import { CheckboxField } from '../fields/CheckboxField';
import { FieldFrame } from '../fields/Field';
import { NumberField } from '../fields/NumberField';
import { SelectField, type SelectOption } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { getIn, type FieldPath } from '../fields/set-in';

export interface EditorBinding {
  draft: unknown;
  issues: ReadonlyMap<string, string>;
  set: (path: FieldPath, value: unknown) => void;
}

export const EditorContext = createContext<EditorBinding | null>(null);

function useBinding(path: FieldPath) {
  const binding = useContext(EditorContext);
  if (!binding) throw new Error('editor fields need an EditorContext');
  const key = jsonPath(path);
  return {
    value: getIn(binding.draft, path),
    issue: binding.issues.get(key),
    set: (value: unknown) => binding.set(path, value),
  };
}

type Base = { path: FieldPath; label: string; hint?: string; className?: string };

export function EText({ path, label, hint, className, multiline }: Base & { multiline?: boolean }) {
  const { value, issue, set } = useBinding(path);
  const text = typeof value === 'string' ? value : '';
  if (!multiline) {
    return (
      <TextField label={label} value={text} hint={hint} error={issue} className={className} onValue={set} />
    );
  }
  return (
    <FieldFrame
      label={label}
      hint={hint}
      error={issue}
      className={`ex-field--full ${className ?? ''}`.trim()}
    >
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          className="field__input ex-textarea"
          value={text}
          rows={4}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(event) => set(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

/** empty: what an empty box means — 'unset' removes the key, 'null' writes null (e.g. memory not measured). */
export function ENumber({ path, label, hint, className, empty }: Base & { empty?: 'unset' | 'null' }) {
  const { t } = useTranslation('exercise');
  const { value, issue, set } = useBinding(path);
  const [problem, setProblem] = useState(false);
  return (
    <NumberField
      label={label}
      hint={hint}
      className={className}
      value={typeof value === 'number' ? value : undefined}
      optional={empty !== undefined}
      error={problem ? t('editor.notANumber') : issue}
      onValue={(next) => {
        setProblem(false);
        set(next === undefined && empty === 'null' ? null : next);
      }}
      onProblem={() => setProblem(true)}
    />
  );
}

export function ESelect<V extends string>({
  path,
  label,
  hint,
  className,
  options,
}: Base & { options: readonly SelectOption<V>[] }) {
  const { value, issue, set } = useBinding(path);
  const current = options.find((o) => o.value === value)?.value ?? (options[0]?.value as V);
  return (
    <SelectField
      label={label}
      hint={hint}
      className={className}
      value={current}
      options={options}
      error={issue}
      onValue={set}
    />
  );
}

export function ECheck({ path, label }: { path: FieldPath; label: string }) {
  const { value, set } = useBinding(path);
  return <CheckboxField label={label} checked={value === true} onValue={set} />;
}

/** A list of short words typed as "m7g, r7g"; empty → the key is removed. */
export function EWordList({ path, label, hint }: Base) {
  const { value, issue, set } = useBinding(path);
  const [text, setText] = useState(Array.isArray(value) ? value.join(', ') : '');
  return (
    <TextField
      label={label}
      hint={hint}
      value={text}
      error={issue}
      className="field--wide"
      onValue={(next) => {
        setText(next);
        const words = next.split(/[\s,]+/).filter((w) => w !== '');
        set(words.length > 0 ? words : undefined);
      }}
    />
  );
}

/** A group of fields with a legend and the issue of the group itself (e.g. "at least one purchase option"). */
export function EGroup({
  path,
  legend,
  children,
}: {
  path?: FieldPath;
  legend: string;
  children: ReactNode;
}) {
  const binding = useContext(EditorContext);
  const issue = path ? binding?.issues.get(jsonPath(path)) : undefined;
  return (
    <fieldset className="field-row field-row--group ex-group">
      <legend>{legend}</legend>
      {children}
      {issue && (
        <p className="field__error ex-group__error" role="alert">
          {issue}
        </p>
      )}
    </fieldset>
  );
}
