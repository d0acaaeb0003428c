import { useId, useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopBarFileCommands } from '../files/file-command-types';
import type { Page } from '../app/pages';
import type { Language } from '../i18n';
import { PageNav } from './PageNav';
import type { WorkspaceAction, WorkspaceState } from '../workspace/workspace-state';
import { CurrencyControls } from './CurrencyControls';
import { LanguageSwitch } from './LanguageSwitch';
import { RegionPicker } from './RegionPicker';
import { SettingsControls } from './SettingsControls';
import { UndoButtons, type UndoCommands } from './UndoButtons';

export type FileCommands = TopBarFileCommands;

type Props = {
  page: Page;
  onPage: (page: Page) => void;
  state: WorkspaceState;
  dispatch: Dispatch<WorkspaceAction>;
  files: FileCommands;
  history: UndoCommands;
  onLanguage: (language: Language) => void;
};

export function TopBar({ page, onPage, state, dispatch, files, history, onLanguage }: Props) {
  const { t } = useTranslation();
  const { scenario } = state;
  return (
    <header className="topbar">
      <div className="topbar__row">
        <h1 className="topbar__brand">
          {t('app.name')}
          <span className="topbar__tagline">{t('app.tagline')}</span>
        </h1>
        <PageNav page={page} onPage={onPage} />
        <span className="topbar__spacer" />
        {page === 'estimate' && <UndoButtons {...history} />}
        {page === 'estimate' && (
          <nav className="topbar__files" aria-label={t('topbar.fileActions')}>
            {files.newScenario && (
              <button type="button" className="button" onClick={files.newScenario}>
                {t('topbar.new')}
              </button>
            )}
            <button type="button" className="button" onClick={files.open}>
              {t('topbar.open')}
            </button>
            <button type="button" className="button" onClick={files.save}>
              {t('topbar.save')}
            </button>
            <button type="button" className="button" onClick={files.saveAs}>
              {t('topbar.saveAs')}
            </button>
            <button type="button" className="button" onClick={files.exportCsv}>
              {t('topbar.exportCsv')}
            </button>
            <button type="button" className="button" onClick={files.print}>
              {t('topbar.print')}
            </button>
          </nav>
        )}
        <LanguageSwitch onLanguage={onLanguage} />
      </div>
      {page === 'estimate' && (
        <div className="topbar__row topbar__row--controls">
          <ScenarioName key={state.generation} name={scenario.name} dirty={state.dirty} dispatch={dispatch} />
          <RegionPicker
            region={scenario.region}
            onRegion={(region) => dispatch({ type: 'setRegion', region })}
          />
          <SettingsControls
            key={`settings-${state.generation}`}
            settings={scenario.settings}
            dispatch={dispatch}
          />
          <CurrencyControls
            key={`currency-${state.generation}`}
            settings={scenario.settings}
            lastKrwRate={state.lastKrwRate}
            dispatch={dispatch}
          />
        </div>
      )}
    </header>
  );
}

function ScenarioName({
  name,
  dirty,
  dispatch,
}: {
  name: string;
  dirty: boolean;
  dispatch: Dispatch<WorkspaceAction>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(name);
  // a rename from elsewhere (the scenario tabs) replaces what the field shows; typing here changes
  // `name` to the typed text, and an emptied field leaves `name` as it was, so neither resets the field
  const [shownName, setShownName] = useState(name);
  if (name !== shownName) {
    setShownName(name);
    setText(name);
  }
  const empty = text.trim() === '';
  return (
    <div className={`field field--compact topbar__name${empty ? ' field--invalid' : ''}`}>
      <div className="field__label-row">
        <label className="field__label" htmlFor={id}>
          {t('topbar.scenarioName')}
        </label>
        {dirty && (
          <span className="topbar__dirty" role="status">
            ● {t('files.unsavedChanges')}
          </span>
        )}
      </div>
      <input
        id={id}
        className="field__input"
        type="text"
        value={text}
        maxLength={120}
        aria-invalid={empty || undefined}
        aria-describedby={empty ? `${id}-error` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value.trim() !== '') dispatch({ type: 'rename', name: event.target.value });
        }}
      />
      {empty && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {t('validation.required')}
        </p>
      )}
    </div>
  );
}
