/**
 * Open / Save / Save As / Export CSV / Print for both modes: through `window.cloudsizer` in the desktop app,
 * with a file input, downloads and window.print() in a plain browser. An invalid file never replaces the
 * workspace: its problems go to `onInvalid`.
 */
import { useCallback, type Dispatch, type RefObject } from 'react';
import type { CloudSizerBridge, IpcError } from '../../../electron/ipc-contract';
import type { Scenario, ScenarioIssue } from '../../../engine/scenario';
import type { TopBarFileCommands } from './file-command-types';
import {
  downloadText,
  fileNameFor,
  readScenarioFile,
  readScenarioText,
  scenarioText,
  SCENARIO_EXTENSION,
} from './scenario-files';
import type { FileOrigin, WorkspaceAction } from '../workspace/workspace-state';

export type Notice = { kind: 'info' | 'error'; text: string };

type Options = {
  bridge: CloudSizerBridge | undefined;
  scenario: Scenario;
  origin: FileOrigin;
  dispatch: Dispatch<WorkspaceAction>;
  fileInput: RefObject<HTMLInputElement | null>;
  /** the CSV of the current estimate (UTF-8 with BOM), built only when asked for */
  csvText: () => string;
  onInvalid: (problem: { fileName: string; issues: readonly ScenarioIssue[] }) => void;
  notify: (notice: Notice) => void;
  messages: {
    saved: (path: string) => string;
    exported: (path: string) => string;
    failed: (message: string) => string;
  };
};

export function useFileCommands(options: Options): TopBarFileCommands & {
  openFile: (file: File) => Promise<void>;
  openText: (text: string, name: string, path: string | null) => void;
} {
  const { bridge, scenario, origin, dispatch, fileInput, csvText, onInvalid, notify, messages } = options;

  const failed = useCallback(
    (error: IpcError) => {
      if (error.code !== 'canceled') notify({ kind: 'error', text: messages.failed(error.message) });
    },
    [notify, messages],
  );

  const openText = useCallback(
    (text: string, name: string, path: string | null) => {
      const outcome = readScenarioText(text, name);
      if (!outcome.ok) return onInvalid(outcome);
      dispatch({
        type: 'load',
        scenario: outcome.scenario,
        origin: path ? { kind: 'desktop', path } : { kind: 'web', name },
      });
    },
    [dispatch, onInvalid],
  );

  const openFile = useCallback(
    async (file: File) => {
      const outcome = await readScenarioFile(file);
      if (!outcome.ok) return onInvalid(outcome);
      dispatch({ type: 'load', scenario: outcome.scenario, origin: { kind: 'web', name: file.name } });
    },
    [dispatch, onInvalid],
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
    if (!result.ok) return failed(result.error);
    dispatch({ type: 'saved', origin });
    notify({ kind: 'info', text: messages.saved(result.value.path) });
  }, [bridge, origin, scenario, saveAs, dispatch, failed, notify, messages]);

  const exportCsv = useCallback(async () => {
    const text = csvText();
    const name = fileNameFor(scenario.name, '.csv');
    if (!bridge) return downloadText(text, name, 'text/csv;charset=utf-8');
    const result = await bridge.fileExportCsv({ text, suggestedName: name });
    if (!result.ok) return failed(result.error);
    notify({ kind: 'info', text: messages.exported(result.value.path) });
  }, [bridge, csvText, scenario.name, failed, notify, messages]);

  const print = useCallback(() => window.print(), []);

  return {
    open: () => void open(),
    save: () => void save(),
    saveAs: () => void saveAs(),
    exportCsv: () => void exportCsv(),
    print,
    openFile,
    openText,
  };
}
