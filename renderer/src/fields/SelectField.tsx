import { FieldFrame } from './Field';
import { useFullList } from './use-full-list';

export type SelectOption<V extends string> = { value: V; label: string };

type SelectFieldProps<V extends string> = {
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  error?: string | undefined;
  hint?: string | undefined;
  className?: string;
  disabled?: boolean;
  onValue: (value: V) => void;
};

export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const { label, value, options, error, hint, className, disabled, onValue } = props;
  const { full, expand } = useFullList(options.length);
  const chosen = options.filter((option) => option.value === value);
  const shown = full ? options : chosen.length > 0 ? chosen : options.slice(0, 1);
  return (
    <FieldFrame label={label} error={error} hint={hint} className={className}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          className="field__input field__select"
          value={value}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onFocus={expand}
          onPointerDown={expand}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.target.value);
            if (chosen) onValue(chosen.value);
          }}
        >
          {shown.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
