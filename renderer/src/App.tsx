import { issueText, type FileIssue } from '../../engine/text/file-issue';
import { useFileDrop } from './app/use-file-drop';
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloudSizerBridge } from '../../electron/ipc-contract';
import { pricesFromSnapshot } from '../../engine';
import type { PriceSnapshot } from '../../engine/prices';
import type { Ec2Item, Scenario, ScenarioIssue } from '../../engine/scenario';
import { EditorActionsContext, SnapshotContext, type EditorActions } from './app/contexts';
import { emptyScenario, startingScenario } from './app/default-scenario';
import { PrintHeader } from './app/PrintHeader';
import type { Page } from './app/pages';
import { RecoveryDialog } from './app/RecoveryDialog';
import { useActiveSnapshot } from './app/use-active-snapshot';
import { useAutosave } from './app/use-autosave';
import { useDesktopBridge } from './app/use-desktop-bridge';
import { useLeaveWarning } from './app/use-leave-warning';
import { usePageAddress } from './app/use-page-address';
import { useDocumentTitle } from './app/use-document-title';
import { webAutosave } from './app/web-autosave';
import { useDeferredList } from './app/use-deferred-list';
import { useEstimateView } from './estimate/use-estimate-view';
import { validateLine } from './fields/use-line-draft';
import { useEnglishHeaders } from './files/csv-options';
import { scenarioCsv } from './files/csv-export';
import { EstimateTable } from './files/EstimateTable';
import { InvalidFileDialog } from './files/InvalidFileDialog';
import { TableViewCard } from './files/TableViewCard';
import { useFileCommands, type Notice } from './files/use-file-commands';
import { useLanguage } from './i18n/use-language';
import { rememberLanguage, type Language } from './i18n';
import { INSTANCE_TYPE_LIST_ID } from './lines/editors/Ec2Editor';
import { LineList } from './lines/LineList';
import { TopBar } from './topbar/TopBar';
import { BreakdownChart } from './totals/BreakdownChart';
import { SplitTotals } from './totals/SplitTotals';
import { TotalsCard } from './totals/TotalsCard';
import { ScenarioStrip } from './workspace/ScenarioStrip';
import { isTextEntry, type EditCommand } from './workspace/edit-keys';
import { useEditKeys } from './workspace/use-edit-keys';
import { useUndoableWorkspace } from './workspace/use-undoable-workspace';
import { initialWorkspace } from './workspace/workspace-state';

// the picker (TanStack table) and the purchase panel load when first opened, not with the app
const InstancePickerDialog = lazy(() =>
  import('./app/InstancePickerDialog').then((m) => ({ default: m.InstancePickerDialog })),
);
const PurchaseOptionsDialog = lazy(() =>
  import('./app/PurchaseOptionsDialog').then((m) => ({ default: m.PurchaseOptionsDialog })),
);

const ExercisePage = lazy(() => import('./exercise/ExercisePage').then((m) => ({ default: m.ExercisePage })));
const RightsizingPage = lazy(() =>
  import('./rightsizing/RightsizingPage').then((m) => ({ default: m.RightsizingPage })),
);
const ComparePage = lazy(() => import('./compare/ComparePage').then((m) => ({ default: m.ComparePage })));
const PriceTablesPage = lazy(() =>
  import('./price-tables/PriceTablesPage').then((m) => ({ default: m.PriceTablesPage })),
);

export type AppProps = {
  /** the bundled prices; on the desktop the app then follows main's active snapshot */
  snapshot: PriceSnapshot;
  /** the Electron bridge; absent in a plain browser */
  bridge?: CloudSizerBridge | undefined;
  /** the scenario the workspace starts with (default: the Seoul example) */
  initialScenario?: Scenario;
};

type Panel = { kind: 'picker' | 'purchase'; lineId: string } | null;

export function App({ snapshot, bridge, initialScenario }: AppProps) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const [notice, setNotice] = useState<Notice | null>(null);
  const { snapshot: activeSnapshot, change: setActiveSnapshot } = useActiveSnapshot({
    bridge,
    initial: snapshot,
    notify: setNotice,
  });
  // the estimator is keyed by `prices`: a new snapshot re-prices every line
  const prices = useMemo(() => pricesFromSnapshot(activeSnapshot), [activeSnapshot]);
  const { state, dispatch, undo, redo, undoStep, redoStep } = useUndoableWorkspace(() =>
    initialWorkspace(initialScenario ?? startingScenario(language)),
  );
  const { scenario } = state;
  const view = useEstimateView(scenario, prices);
  // the chart follows the totals in a low-priority render, so typing never waits for it
  const chartView = useDeferredValue(view);
  const [problem, setProblem] = useState<{ fileName: string; issues: readonly ScenarioIssue[] } | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const [page, setPage] = useState<Page>('estimate');
  const [tableShown, setTableShown] = useState(false);
  const [englishHeaders, setEnglishHeaders] = useEnglishHeaders();
  const fileInput = useRef<HTMLInputElement>(null);

  const changeLanguage = useCallback(
    (next: Language) => {
      void i18n.changeLanguage(next);
      rememberLanguage(globalThis.localStorage, next);
    },
    [i18n],
  );
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const messages = useMemo(
    () => ({
      saved: (path: string) => t('files.saved', { path }),
      exported: (path: string) => t('files.exported', { path }),
      failed: (message: string) => t('files.failed', { message }),
      migrated: (notes: readonly FileIssue[]) =>
        t('workspace:files.migrated', { notes: notes.map((note) => issueText(note, language)).join('; ') }),
    }),
    [t, language],
  );
  const csvText = useCallback(
    () => scenarioCsv(scenario, prices, { lang: language, englishHeaders }),
    [scenario, prices, language, englishHeaders],
  );
  const confirmReplace = useCallback(() => window.confirm(t('workspace:files.confirmReplace')), [t]);
  const files = useFileCommands({
    bridge,
    state,
    dispatch,
    fileInput,
    csvText,
    workspaceName: t('workspace:files.workspaceName'),
    onInvalid: setProblem,
    notify: setNotice,
    confirmReplace,
    messages,
  });
  const drop = useFileDrop((file) => void files.openFile(file));

  useDesktopBridge({
    bridge,
    state,
    language,
    onCommand: (command) => {
      if (command.command.startsWith('file:')) setPage('estimate');
      switch (command.command) {
        case 'edit:undo':
        case 'edit:redo':
          return desktopEditCommand(command.command === 'edit:undo' ? 'undo' : 'redo');
        case 'file:new':
          return newScenario();
        case 'file:open':
          return files.open();
        case 'file:openRecent':
          return void bridge?.fileOpen({ path: command.path }).then((result) => {
            if (result.ok) files.openText(result.value.text, result.value.name, result.value.path);
            else if (result.error.code !== 'canceled')
              setNotice({ kind: 'error', text: messages.failed(result.error.message) });
          });
        case 'file:save':
          return files.save();
        case 'file:saveAs':
          return files.saveAs();
        case 'file:saveWorkspace':
          return files.saveWorkspace();
        case 'file:exportCsv':
          return files.exportCsv();
        case 'file:print':
          return files.print();
        case 'file:printPdf':
          return void bridge?.printPdf().then((result) => {
            if (!result.ok && result.error.code !== 'canceled')
              setNotice({ kind: 'error', text: messages.failed(result.error.message) });
          });
        case 'app:setLanguage':
          return changeLanguage(command.language);
      }
    },
  });
  const webStore = useMemo(() => (bridge ? undefined : webAutosave(globalThis.localStorage)), [bridge]);
  const autosave = useAutosave({
    store: bridge ?? webStore,
    state,
    onSaved: webStore?.autosaveForget,
    onRecover: (text) => files.recover(text),
  });
  useLeaveWarning(!bridge && state.anyUnsaved);
  usePageAddress(!bridge, page, setPage);
  useDocumentTitle(!bridge, scenario.name, state.anyUnsaved);

  const editCommand = useCallback(
    (command: EditCommand) => (command === 'undo' ? undo() : redo()),
    [undo, redo],
  );
  useEditKeys(!bridge && page === 'estimate', editCommand);

  /** The desktop menu's undo/redo: the typing in a text field, or else (on the estimate page) the estimate. */
  function desktopEditCommand(command: EditCommand) {
    if (isTextEntry(document.activeElement)) document.execCommand(command);
    else if (page === 'estimate') editCommand(command);
  }

  function newScenario() {
    setPage('estimate');
    dispatch({ type: 'addScenario', scenario: emptyScenario(language) });
  }

  const toggleTable = useCallback(() => setTableShown((shown) => !shown), []);
  const editorActions = useMemo<EditorActions>(
    () => ({
      browseInstanceType: (lineId) => setPanel({ kind: 'picker', lineId }),
      comparePurchaseOptions: (lineId) => setPanel({ kind: 'purchase', lineId }),
    }),
    [],
  );
  const panelItem = panel
    ? scenario.items.find((item): item is Ec2Item => item.id === panel.lineId && item.service === 'ec2')
    : undefined;
  const instanceTypes = useDeferredList(
    () => activeSnapshot.catalogue.types.map((type) => type.type),
    [activeSnapshot],
  );
  useEffect(() => {
    performance.mark('cloudsizer:ready');
  }, []);

  return (
    <SnapshotContext.Provider value={activeSnapshot}>
      <EditorActionsContext.Provider value={editorActions}>
        <div className={`app${drop.dragging ? ' app--dragging' : ''}`} {...drop.handlers}>
          {/* to what each page starts with: the line items, or the page's own content */}
          <a className="skip-link" href={page === 'estimate' ? '#lines' : '#page-content'}>
            {t(page === 'estimate' ? 'app.skipToLines' : 'app.skipToContent')}
          </a>
          <PrintHeader scenario={scenario} snapshotDate={view.snapshot.date} />
          <TopBar
            page={page}
            onPage={setPage}
            state={state}
            dispatch={dispatch}
            files={{ ...files, newScenario }}
            history={{ undoStep, redoStep, onUndo: undo, onRedo: redo }}
            onLanguage={changeLanguage}
          />
          <input
            ref={fileInput}
            className="visually-hidden"
            type="file"
            accept=".json,application/json"
            tabIndex={-1}
            aria-hidden="true"
            data-testid="open-file-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void files.openFile(file);
            }}
          />
          {page === 'estimate' && (
            <ScenarioStrip
              state={state}
              dispatch={dispatch}
              onNew={newScenario}
              onSaveWorkspace={files.saveWorkspace}
            />
          )}
          {page === 'estimate' ? (
            <main>
              <div className="workspace">
                <LineList
                  items={scenario.items}
                  groups={scenario.groups}
                  settings={scenario.settings}
                  results={view.lines}
                  hoursPerMonth={scenario.settings.hoursPerMonth}
                  generation={state.generation}
                  dispatch={dispatch}
                />
                <aside className="summary" aria-label={t('totals.title')}>
                  <TotalsCard view={view} invalidCount={state.invalidLines.size} />
                  <SplitTotals view={chartView} groups={scenario.groups} />
                  <TableViewCard
                    tableShown={tableShown}
                    onToggleTable={toggleTable}
                    englishHeaders={englishHeaders}
                    onEnglishHeaders={setEnglishHeaders}
                  />
                  <BreakdownChart view={chartView} />
                </aside>
              </div>
              {tableShown && (
                <EstimateTable scenario={scenario} prices={prices} englishHeaders={englishHeaders} />
              )}
            </main>
          ) : (
            <main className="page" id="page-content" tabIndex={-1}>
              <Suspense fallback={null}>
                {page === 'compare' && (
                  <ComparePage
                    entries={state.workspace.entries}
                    prices={prices}
                    englishHeaders={englishHeaders}
                    onEnglishHeaders={setEnglishHeaders}
                    onExportCsv={files.exportCsvText}
                  />
                )}
                {page === 'exercise' && <ExercisePage snapshot={activeSnapshot} />}
                {page === 'rightsizing' && <RightsizingPage snapshot={activeSnapshot} />}
                {page === 'priceTables' && (
                  <PriceTablesPage
                    snapshot={activeSnapshot}
                    scenario={scenario}
                    bridge={bridge}
                    onSnapshotChange={setActiveSnapshot}
                  />
                )}
              </Suspense>
            </main>
          )}
          <datalist id={INSTANCE_TYPE_LIST_ID}>
            {instanceTypes.map((type) => (
              <option key={type} value={type} />
            ))}
          </datalist>
          {drop.dragging && (
            <div className="drop-hint" aria-hidden="true">
              {t('files.dropHint')}
            </div>
          )}
          {notice && (
            <div
              className={`notice notice--${notice.kind}`}
              role={notice.kind === 'error' ? 'alert' : 'status'}
            >
              <span>{notice.text}</span>
              <button
                type="button"
                className="button button--ghost"
                onClick={() => setNotice(null)}
                aria-label={t('dialog.close')}
              >
                ×
              </button>
            </div>
          )}
          {autosave.recovery && (
            <RecoveryDialog savedAt={autosave.recovery.savedAt} onChoice={autosave.resolveRecovery} />
          )}
          {problem && (
            <InvalidFileDialog
              fileName={problem.fileName}
              issues={problem.issues}
              onClose={() => setProblem(null)}
            />
          )}
          <Suspense fallback={null}>
            {panel?.kind === 'picker' && panelItem && (
              <InstancePickerDialog
                item={panelItem}
                region={panelItem.region ?? scenario.region}
                onClose={() => setPanel(null)}
                onExportCsv={files.exportCsvText}
                onApply={(type) => {
                  const result = validateLine(
                    { ...panelItem, instanceType: type },
                    scenario.settings.hoursPerMonth,
                  );
                  if (result.ok) dispatch({ type: 'updateLine', item: result.item });
                }}
              />
            )}
            {panel?.kind === 'purchase' && panelItem && (
              <PurchaseOptionsDialog
                item={panelItem}
                region={panelItem.region ?? scenario.region}
                hoursPerMonth={scenario.settings.hoursPerMonth}
                onClose={() => setPanel(null)}
              />
            )}
          </Suspense>
        </div>
      </EditorActionsContext.Provider>
    </SnapshotContext.Provider>
  );
}
