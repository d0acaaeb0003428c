import { useEffect, useRef, useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SCENARIOS } from '../../../engine/workspace';
import { copyName } from './copy-name';
import type { WorkspaceAction, WorkspaceState } from './workspace-state';
import './workspace.css';

type Props = {
  state: WorkspaceState;
  dispatch: Dispatch<WorkspaceAction>;
  /** adds a new, empty scenario */
  onNew: () => void;
  onSaveWorkspace: () => void;
  /** asked before a scenario is removed (window.confirm by default) */
  confirm?: (message: string) => boolean;
};

/**
 * The workspace's scenarios as a row of tabs: pick the one the builder edits; add, duplicate as a variant,
 * rename inline (double-click or the Rename button), move earlier/later and remove the selected one.
 */
export function ScenarioStrip({ state, dispatch, onNew, onSaveWorkspace, confirm }: Props) {
  const { t } = useTranslation('workspace');
  const { entries } = state.workspace;
  const index = entries.findIndex((e) => e.id === state.activeId);
  const name = state.scenario.name;
  const [renaming, setRenaming] = useState(false);
  const activeTab = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (renaming || !refocus.current) return;
    refocus.current = false;
    activeTab.current?.focus();
  }, [renaming]);
  const full = entries.length >= MAX_SCENARIOS;

  function duplicate() {
    const taken = entries.map((e) => e.scenario.name);
    dispatch({
      type: 'duplicateScenario',
      id: state.activeId,
      name: copyName(taken, name, t('strip.copyWord')),
    });
  }

  function remove() {
    const ask = confirm ?? ((message: string) => window.confirm(message));
    if (ask(t('strip.confirmRemove', { name }))) dispatch({ type: 'removeScenario', id: state.activeId });
  }

  return (
    <section className="scenario-strip" aria-label={t('strip.label')}>
      <ul className="scenario-strip__tabs" aria-label={t('strip.list')}>
        {entries.map((entry) => {
          const active = entry.id === state.activeId;
          return (
            <li key={entry.id} className="scenario-strip__item">
              {active && renaming ? (
                <RenameField
                  name={entry.scenario.name}
                  onDone={(next) => {
                    refocus.current = true;
                    setRenaming(false);
                    if (next !== null) dispatch({ type: 'renameScenario', id: entry.id, name: next });
                  }}
                />
              ) : (
                <button
                  ref={active ? activeTab : undefined}
                  type="button"
                  className={`scenario-tab${active ? ' scenario-tab--active' : ''}`}
                  aria-current={active ? 'true' : undefined}
                  onClick={() => dispatch({ type: 'selectScenario', id: entry.id })}
                  onDoubleClick={() => active && setRenaming(true)}
                >
                  <span className="scenario-tab__name">{entry.scenario.name}</span>
                  {state.unsaved.has(entry.id) && (
                    <span className="scenario-tab__dirty" title={t('strip.unsaved')}>
                      <span aria-hidden="true">●</span>
                      <span className="visually-hidden">{t('strip.unsaved')}</span>
                    </span>
                  )}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <div className="scenario-strip__actions" role="group" aria-label={t('strip.actions')}>
        <button
          type="button"
          className="button"
          onClick={duplicate}
          disabled={full}
          aria-label={t('strip.duplicateLabel', { name })}
        >
          {t('strip.duplicate')}
        </button>
        <button type="button" className="button" onClick={() => setRenaming(true)} disabled={renaming}>
          {t('strip.rename')}
        </button>
        <button
          type="button"
          className="button scenario-strip__move"
          onClick={() => dispatch({ type: 'moveScenario', id: state.activeId, toIndex: index - 1 })}
          disabled={index <= 0}
          aria-label={t('strip.moveEarlier', { name })}
        >
          ◀
        </button>
        <button
          type="button"
          className="button scenario-strip__move"
          onClick={() => dispatch({ type: 'moveScenario', id: state.activeId, toIndex: index + 1 })}
          disabled={index >= entries.length - 1}
          aria-label={t('strip.moveLater', { name })}
        >
          ▶
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={remove}
          disabled={entries.length <= 1}
          aria-label={t('strip.removeLabel', { name })}
        >
          {t('strip.remove')}
        </button>
      </div>
      <span className="scenario-strip__spacer" />
      <button type="button" className="button" onClick={onNew} disabled={full}>
        {t('strip.add')}
      </button>
      <button type="button" className="button" onClick={onSaveWorkspace}>
        {t('strip.saveWorkspace')}
      </button>
      {full && (
        <p className="scenario-strip__note" role="status">
          {t('strip.full', { max: MAX_SCENARIOS })}
        </p>
      )}
    </section>
  );
}

/** Enter keeps the name, Esc drops the edit, leaving the field keeps a valid name. */
function RenameField({ name, onDone }: { name: string; onDone: (name: string | null) => void }) {
  const { t } = useTranslation('workspace');
  const [text, setText] = useState(name);
  const input = useRef<HTMLInputElement>(null);
  const finished = useRef(false);
  const empty = text.trim() === '';
  const finish = (result: string | null) => {
    if (finished.current) return;
    finished.current = true;
    onDone(result);
  };
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  return (
    <span className="scenario-strip__rename">
      <input
        ref={input}
        className="field__input scenario-strip__rename-input"
        type="text"
        value={text}
        maxLength={120}
        aria-label={t('strip.renameLabel', { name })}
        aria-invalid={empty || undefined}
        aria-describedby={empty ? 'scenario-rename-error' : undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            finish(null);
          } else if (event.key === 'Enter' && !empty) {
            event.preventDefault();
            finish(text.trim());
          }
        }}
        onBlur={() => finish(empty ? null : text.trim())}
      />
      {empty && (
        <span className="field__error" id="scenario-rename-error" role="alert">
          {t('strip.renameEmpty')}
        </span>
      )}
    </span>
  );
}
