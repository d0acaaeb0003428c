/**
 * Open / Save / Save As / Save workspace / Export CSV / Print for both modes: through `window.cloudsizer` in
 * the desktop app, with a file input, downloads and window.print() in a plain browser. Open reads scenario
 * and workspace files alike; an invalid file never touches the workspace: its problems go to `onInvalid`.
 */
import type { FileIssue } from '../../../engine/text/file-issue';
import { useCallback, type Dispatch, type RefObject } from 'react';
import type { CloudSizerBridge, IpcError } from '../../../electron/ipc-contract';
import type { ScenarioIssue } from '../../../engine/scenario';
import type { WorkspaceAction, WorkspaceState } from '../workspace/workspace-state';
import { csvBlob } from './csv-export';
import {
  readDocumentFile,
  readDocumentText,
  workspaceFileName,
  workspaceText,
  type DocumentOutcome,
} from './document-files';
import type { TopBarFileCommands } from './file-command-types';
import { downloadBlob, downloadText, fileNameFor, scenarioText, SCENARIO_EXTENSION } from './scenario-files';

export type Notice = { kind: 'info' | 'error'; text: string };

type Options = {
  bridge: CloudSizerBridge | undefined;
  state: WorkspaceState;
  dispatch: Dispatch<WorkspaceAction>;
  fileInput: RefObject<HTMLInputElement | null>;
  /** the CSV of the active scenario (UTF-8 with BOM), built only when asked for */
  csvText: () => string;
  /** the name a new workspace file is offered under, without the ending */
  workspaceName: string;
  onInvalid: (problem: { fileName: string; issues: readonly ScenarioIssue[] }) => void;
  notify: (notice: Notice) => void;
  /** asked before an opened workspace file replaces scenarios with unsaved changes */
  confirmReplace: () => boolean;
  messages: {
    saved: (path: string) => string;
    exported: (path: string) => string;
    failed: (message: string) => string;
    migrated: (notes: readonly FileIssue[]) => string;
  };
};

export type FileCommands = TopBarFileCommands & {
  openFile: (file: File) => Promise<void>;
  openText: (text: string, name: string, path: string | null) => void;
  /** the autosaved workspace after a crash: opened as unsaved work */
  recover: (text: string) => void;
  saveWorkspace: () => void;
  /** a CSV through the native Save dialog, or a download whose bytes keep the BOM */
  exportCsvText: (text: string, fileName: string) => void;
};

export function useFileCommands(options: Options): FileCommands {
  const { bridge, state, dispatch, fileInput, csvText, workspaceName } = options;
  const { onInvalid, notify, confirmReplace, messages } = options;
  const { scenario, origin, workspace, workspaceOrigin, anyUnsaved } = state;

  const failed = useCallback(
    (error: IpcError) => {
      if (error.code !== 'canceled') notify({ kind: 'error', text: messages.failed(error.message) });
    },
    [notify, messages],
  );

  const accept = useCallback(
    (outcome: DocumentOutcome, fileOrigin: WorkspaceState['origin'], recovered = false) => {
      if (!outcome.ok) return onInvalid(outcome);
      if (outcome.kind === 'scenario')
        dispatch({ type: 'openScenario', scenario: outcome.scenario, origin: fileOrigin });
      else {
        if (!recovered && anyUnsaved && !confirmReplace()) return;
        dispatch({ type: 'openWorkspace', workspace: outcome.workspace, origin: fileOrigin, recovered });
      }
      if (outcome.notes.length > 0) notify({ kind: 'info', text: messages.migrated(outcome.notes) });
    },
    [dispatch, onInvalid, anyUnsaved, confirmReplace, notify, messages],
  );

  const openText = useCallback(
    (text: string, name: string, path: string | null) =>
      accept(readDocumentText(text, name), path ? { kind: 'desktop', path } : { kind: 'web', name }),
    [accept],
  );

  const recover = useCallback(
    (text: string) => accept(readDocumentText(text, 'autosave'), null, true),
    [accept],
  );

  const openFile = useCallback(
    async (file: File) => accept(await readDocumentFile(file), { kind: 'web', name: file.name }),
    [accept],
  );

  const open = useCallback(async () => {
    if (!bridge) {
      fileInput.current?.click();
      return;
    }
    const result = await bridge.fileOpen();
    if (!result.ok) return failed(result.error);
    openText(result.value.text, result.value.name, result.value.path);
  }, [bridge, fileInput, failed, openText]);

  const suggestedName = fileNameFor(scenario.name, SCENARIO_EXTENSION);

  const saveAs = useCallback(async () => {
    const text = scenarioText(scenario);
    if (!bridge) {
      downloadText(text, suggestedName, 'application/json');
      dispatch({ type: 'saved', origin: { kind: 'web', name: suggestedName } });
      return;
    }
    const result = await bridge.fileSaveAs({ text, suggestedName });
    if (!result.ok) return failed(result.error);
    dispatch({ type: 'saved', origin: { kind: 'desktop', path: result.value.path } });
    notify({ kind: 'info', text: messages.saved(result.value.path) });
  }, [bridge, scenario, suggestedName, dispatch, failed, notify, messages]);

  const save = useCallback(async () => {
    if (!bridge || origin?.kind !== 'desktop') return saveAs();
    const result = await bridge.fileSave({ path: origin.path, text: scenarioText(scenario) });
    if (!result.ok) return result.error.code === 'not-permitted' ? saveAs() : failed(result.error);
    dispatch({ type: 'saved', origin });
    notify({ kind: 'info', text: messages.saved(result.value.path) });
  }, [bridge, origin, scenario, saveAs, dispatch, failed, notify, messages]);

  const saveWorkspace = useCallback(async () => {
    const text = workspaceText(workspace);
    const name = workspaceOrigin?.kind === 'web' ? workspaceOrigin.name : workspaceFileName(workspaceName);
    if (!bridge) {
      downloadText(text, name, 'application/json');
      dispatch({ type: 'workspaceSaved', origin: { kind: 'web', name } });
      return;
    }
    let result =
      workspaceOrigin?.kind === 'desktop'
        ? await bridge.fileSave({ path: workspaceOrigin.path, text })
        : null;
    if (result === null || (!result.ok && result.error.code === 'not-permitted'))
      result = await bridge.fileSaveAs({ text, suggestedName: name });
    if (!result.ok) return failed(result.error);
    dispatch({ type: 'workspaceSaved', origin: { kind: 'desktop', path: result.value.path } });
    notify({ kind: 'info', text: messages.saved(result.value.path) });
  }, [bridge, workspace, workspaceOrigin, workspaceName, dispatch, failed, notify, messages]);

  const exportCsvText = useCallback(
    async (text: string, fileName: string) => {
      if (!bridge) return downloadBlob(csvBlob(text), fileName);
      const result = await bridge.fileExportCsv({ text, suggestedName: fileName });
      if (!result.ok) return failed(result.error);
      notify({ kind: 'info', text: messages.exported(result.value.path) });
    },
    [bridge, failed, notify, messages],
  );

  const exportCsv = useCallback(
    () => exportCsvText(csvText(), fileNameFor(scenario.name, '.csv')),
    [exportCsvText, csvText, scenario.name],
  );

  const print = useCallback(() => window.print(), []);

  return {
    open: () => void open(),
    save: () => void save(),
    saveAs: () => void saveAs(),
    saveWorkspace: () => void saveWorkspace(),
    exportCsv: () => void exportCsv(),
    exportCsvText: (text, fileName) => void exportCsvText(text, fileName),
    print,
    openFile,
    openText,
    recover,
  };
}
