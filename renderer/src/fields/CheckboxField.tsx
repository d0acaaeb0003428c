import { useId } from 'react';

type CheckboxFieldProps = {
  label: string;
  checked: boolean;
  className?: string;
  onValue: (checked: boolean) => void;
};

export function CheckboxField({ label, checked, className, onValue }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className={`field field--checkbox${className ? ` ${className}` : ''}`}>
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onValue(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
