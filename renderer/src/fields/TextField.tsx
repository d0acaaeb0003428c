import { FieldFrame } from './Field';

type TextFieldProps = {
  label: string;
  value: string;
  error?: string | undefined;
  hint?: string | undefined;
  placeholder?: string;
  className?: string;
  list?: string;
  maxLength?: number;
  onValue: (value: string) => void;
};

export function TextField({
  label,
  value,
  error,
  hint,
  placeholder,
  className,
  list,
  maxLength,
  onValue,
}: TextFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} className={className}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="field__input"
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={value}
          placeholder={placeholder}
          list={list}
          maxLength={maxLength}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(event) => onValue(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
