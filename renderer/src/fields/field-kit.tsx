/**
 * Binds the fields of one line editor to its draft: each call renders a labelled control for a path of the
 * item and claims that path, so problems at paths no field shows can still be listed on the card.
 */
import type { ReactElement } from 'react';
import { CheckboxField } from './CheckboxField';
import { NumberField } from './NumberField';
import { SelectField, type SelectOption } from './SelectField';
import { getIn, pathKey, type FieldPath } from './set-in';
import { TextField } from './TextField';
import type { LineDraft } from './use-line-draft';

type Common = { hint?: string | undefined; className?: string };

export type FieldKit = ReturnType<typeof fieldKit>;

export function fieldKit(draft: LineDraft) {
  const claimed: string[] = [];
  const claim = (path: FieldPath) => {
    claimed.push(pathKey(path));
    return draft.errorFor(path);
  };

  return {
    number(
      path: FieldPath,
      label: string,
      options: Common & { optional?: boolean; placeholder?: string } = {},
    ): ReactElement {
      const value = getIn(draft.current, path);
      return (
        <NumberField
          key={pathKey(path)}
          label={label}
          value={typeof value === 'number' ? value : undefined}
          error={claim(path)}
          {...options}
          onValue={(next) => draft.setValue(path, next)}
          onProblem={(problem) => draft.reportText(path, problem)}
        />
      );
    },
    select<V extends string>(
      path: FieldPath,
      label: string,
      choices: readonly SelectOption<V>[],
      options: Common & { value?: V; onValue?: (value: V) => void } = {},
    ): ReactElement {
      const { onValue, value, ...rest } = options;
      return (
        <SelectField<V>
          key={pathKey(path)}
          label={label}
          value={value ?? (getIn(draft.current, path) as V)}
          options={choices}
          error={claim(path)}
          {...rest}
          onValue={onValue ?? ((next) => draft.setValue(path, next))}
        />
      );
    },
    text(
      path: FieldPath,
      label: string,
      options: Common & {
        placeholder?: string;
        list?: string;
        maxLength?: number;
        emptyIsUndefined?: boolean;
      } = {},
    ): ReactElement {
      const { emptyIsUndefined, ...rest } = options;
      const value = getIn(draft.current, path);
      return (
        <TextField
          key={pathKey(path)}
          label={label}
          value={typeof value === 'string' ? value : ''}
          error={claim(path)}
          {...rest}
          onValue={(next) => draft.setValue(path, emptyIsUndefined && next === '' ? undefined : next)}
        />
      );
    },
    checkbox(
      key: string,
      label: string,
      checked: boolean,
      onValue: (checked: boolean) => void,
    ): ReactElement {
      return <CheckboxField key={key} label={label} checked={checked} onValue={onValue} />;
    },
    /** the error for a path shown by a custom field (marks the path as shown) */
    claim,
    /** call after every field has been rendered */
    unclaimed: (): string[] => draft.otherErrors(claimed),
  };
}
