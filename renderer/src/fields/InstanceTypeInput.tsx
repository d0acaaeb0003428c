/**
 * An instance type typed with the catalogue's datalist, or chosen from the instance picker by the button
 * beside it: the EC2 line editor and the exercise answer share it. Goes inside a FieldFrame, which gives the
 * id, description and validity.
 */
export function InstanceTypeInput({
  id,
  describedBy,
  invalid,
  listId,
  value,
  onChange,
  browseLabel,
  onBrowse,
}: {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
  listId: string;
  value: string;
  onChange: (value: string) => void;
  browseLabel: string;
  onBrowse: () => void;
}) {
  return (
    <div className="field__combo">
      <input
        id={id}
        className="field__input"
        type="text"
        autoComplete="off"
        spellCheck={false}
        list={listId}
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      <button type="button" className="button" onClick={onBrowse}>
        {browseLabel}
      </button>
    </div>
  );
}
