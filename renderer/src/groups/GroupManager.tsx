import { useEffect, useId, useRef, useState, type Dispatch, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { LineItem } from '../../../engine/scenario';
import {
  GROUP_NAME_MAX,
  groupNameProblem,
  lineCountByGroup,
  type ScenarioGroup,
} from '../workspace/scenario-groups';
import type { WorkspaceAction } from '../workspace/workspace-state';
import { groupNameMessage } from './group-name-message';
import './groups.css';

type Props = {
  id: string;
  groups: readonly ScenarioGroup[];
  items: readonly LineItem[];
  dispatch: Dispatch<WorkspaceAction>;
  onClose: () => void;
};

/**
 * The scenario's groups: add one by name, rename in place (Enter or leaving the field keeps a valid name,
 * Esc or leaving it with a name that cannot be used goes back), delete one (a group that lines use asks first; its lines stay, out of any group).
 */
export function GroupManager({ id, groups, items, dispatch, onClose }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const counts = lineCountByGroup(items);
  const addInput = useRef<HTMLInputElement>(null);

  return (
    <section className="group-manager" id={id} aria-labelledby={titleId}>
      <header className="group-manager__header">
        <h3 className="group-manager__title" id={titleId}>
          {t('groups.title')}
        </h3>
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t('groups.close')}
        </button>
      </header>
      <p className="group-manager__intro">{t('groups.intro')}</p>
      {groups.length === 0 ? (
        <p className="group-manager__empty">{t('groups.empty')}</p>
      ) : (
        <ul className="group-manager__list" aria-label={t('groups.list')}>
          {groups.map((group) => (
            <GroupRow
              key={group.id}
              group={group}
              groups={groups}
              lineCount={counts.get(group.id) ?? 0}
              dispatch={dispatch}
              onRemoved={() => addInput.current?.focus()}
            />
          ))}
        </ul>
      )}
      <AddGroupForm groups={groups} dispatch={dispatch} input={addInput} />
    </section>
  );
}

type RowProps = {
  group: ScenarioGroup;
  groups: readonly ScenarioGroup[];
  lineCount: number;
  dispatch: Dispatch<WorkspaceAction>;
  onRemoved: () => void;
};

function GroupRow({ group, groups, lineCount, dispatch, onRemoved }: RowProps) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const errorId = useId();
  const confirmId = useId();
  const cancelButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const shown = text ?? group.name;
  const problem = text === null ? null : groupNameProblem(groups, text, group.id);
  // the question appears below the row; its safe answer takes the focus
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
  }, [confirming]);

  function commit() {
    if (text === null || problem !== null) return;
    dispatch({ type: 'renameGroup', id: group.id, name: text });
    setText(null);
  }

  function remove() {
    dispatch({ type: 'removeGroup', id: group.id });
    onRemoved();
  }

  return (
    <li className="group-row">
      <div className="group-row__main">
        <input
          className="field__input group-row__name"
          type="text"
          value={shown}
          maxLength={GROUP_NAME_MAX}
          aria-label={t('groups.nameLabel', { name: group.name })}
          aria-invalid={problem !== null || undefined}
          aria-describedby={problem !== null ? errorId : undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              setText(null);
            } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
              event.preventDefault();
              commit();
            }
          }}
          onBlur={() => (problem === null ? commit() : setText(null))}
        />
        <span className="group-row__count">{t('groups.lineCount', { count: lineCount })}</span>
        <button
          ref={removeButton}
          type="button"
          className="button button--danger"
          aria-label={t('groups.removeLabel', { name: group.name })}
          aria-expanded={lineCount > 0 ? confirming : undefined}
          aria-controls={lineCount > 0 && confirming ? confirmId : undefined}
          onClick={() => {
            if (lineCount === 0) remove();
            else setConfirming(true);
          }}
        >
          {t('groups.remove')}
        </button>
      </div>
      {problem !== null && (
        <p className="field__error" id={errorId} role="alert">
          {groupNameMessage(problem, t)}
        </p>
      )}
      {confirming && lineCount > 0 && (
        <div className="group-row__confirm" id={confirmId} role="group" aria-labelledby={`${confirmId}-text`}>
          <p id={`${confirmId}-text`}>{t('groups.confirmRemove', { name: group.name, count: lineCount })}</p>
          <button type="button" className="button button--danger" onClick={remove}>
            {t('groups.confirm')}
          </button>
          <button
            ref={cancelButton}
            type="button"
            className="button"
            onClick={() => {
              setConfirming(false);
              removeButton.current?.focus();
            }}
          >
            {t('groups.cancel')}
          </button>
        </div>
      )}
    </li>
  );
}

function AddGroupForm({
  groups,
  dispatch,
  input,
}: {
  groups: readonly ScenarioGroup[];
  dispatch: Dispatch<WorkspaceAction>;
  input: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const errorId = useId();
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const problem = groupNameProblem(groups, name);
  // an empty field is only a problem once the user tries to add it
  const shownProblem = problem === 'empty' ? (tried ? problem : null) : problem;

  return (
    <form
      className="group-manager__add"
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (problem !== null) return;
        dispatch({ type: 'addGroup', name });
        setName('');
        setTried(false);
      }}
    >
      <div className={`field${shownProblem ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={inputId}>
          {t('groups.newName')}
        </label>
        <div className="group-manager__add-row">
          <input
            ref={input}
            id={inputId}
            className="field__input"
            type="text"
            value={name}
            maxLength={GROUP_NAME_MAX}
            placeholder={t('groups.newNamePlaceholder')}
            aria-invalid={shownProblem ? true : undefined}
            aria-describedby={shownProblem ? errorId : undefined}
            onChange={(event) => {
              setName(event.target.value);
              setTried(false);
            }}
          />
          <button type="submit" className="button button--primary">
            {t('groups.add')}
          </button>
        </div>
        {shownProblem && (
          <p className="field__error" id={errorId} role="alert">
            {groupNameMessage(shownProblem, t)}
          </p>
        )}
      </div>
    </form>
  );
}
