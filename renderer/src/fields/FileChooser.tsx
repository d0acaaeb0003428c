import { useId, useRef } from 'react';

type Props = {
  /** the hidden file input's label, for screen readers and tests */
  inputLabel: string;
  buttonText: string;
  buttonClassName?: string;
  accept: string;
  multiple?: boolean;
  testId: string;
  /** the chosen files (never empty); the input is cleared so the same file can be chosen again */
  onFiles: (files: File[]) => void;
};

/** A button that opens the system file chooser (the input itself is visually hidden and out of the tab order). */
export function FileChooser({
  inputLabel,
  buttonText,
  buttonClassName = 'button',
  accept,
  multiple,
  testId,
  onFiles,
}: Props) {
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  return (
    <>
      <label className="visually-hidden" htmlFor={inputId}>
        {inputLabel}
      </label>
      <input
        ref={input}
        id={inputId}
        className="visually-hidden"
        type="file"
        accept={accept}
        multiple={multiple}
        tabIndex={-1}
        data-testid={testId}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <button type="button" className={buttonClassName} onClick={() => input.current?.click()}>
        {buttonText}
      </button>
    </>
  );
}
