import { useState } from 'react';
import { FieldFrame } from './Field';
import type { TextProblem } from './use-line-draft';

export type NumberFieldProps = {
  label: string;
  value: number | undefined;
  /** empty text means "not set" (undefined) instead of an error */
  optional?: boolean;
  error?: string | undefined;
  hint?: string | undefined;
  placeholder?: string;
  className?: string;
  onValue: (value: number | undefined) => void;
  onProblem: (problem: TextProblem) => void;
};

/** "1,000" and " 42 " are read as numbers; what the user typed stays on screen until the field is left valid. */
export function parseNumberText(text: string): number | 'empty' | 'not-a-number' {
  const trimmed = text.trim().replace(/[,_\s]/g, '');
  if (trimmed === '') return 'empty';
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return 'not-a-number';
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : 'not-a-number';
}

const grouping = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });

/** 2000000 → "2,000,000" while the field is not being edited (ko-KR and en-US group the same way). */
export function numberText(value: number | undefined): string {
  return value === undefined ? '' : grouping.format(value);
}

export function NumberField(props: NumberFieldProps) {
  const { label, value, optional, error, hint, placeholder, className, onValue, onProblem } = props;
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? numberText(value);
  return (
    <FieldFrame label={label} error={error} hint={hint} className={className}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="field__input field__input--number"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={shown}
          placeholder={placeholder}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            const parsed = parseNumberText(next);
            if (parsed === 'empty') {
              if (optional) onValue(undefined);
              else onProblem('required');
            } else if (parsed === 'not-a-number') onProblem('number');
            else onValue(parsed);
          }}
          onBlur={() => {
            if (!error) setText(null);
          }}
        />
      )}
    </FieldFrame>
  );
}
