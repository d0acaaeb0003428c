/**
 * Open, Save, Save As and CSV export behind native dialogs. File contents are opaque text here; the
 * renderer parses scenarios and workspaces with the engine (telling them apart by content). The renderer may only write to paths the user chose in a
 * dialog this session or that are in the recent-files list, and may only reopen recent files by path.
 */
import path from 'node:path';
import { AtomicWriteError, atomicWriteFile } from './atomic-write';
import {
  DOCUMENT_ENDINGS,
  documentKindOf,
  ensureExtension,
  FILE_KINDS,
  fileNameOf,
  isDocumentPath,
  type DocumentKind,
  type FileKind,
} from './file-rules';
import type { OpenedFile, RecentFile, SavedFile } from './ipc-contract';
import { fail, ok, type IpcResult } from './ipc-result';
import type { ShellLabels } from './labels';
import { readTextFile } from './read-text-file';
import { samePath, type RecentFilesStore } from './recent-files';

export interface DialogRequest {
  title: string;
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}

/** The native dialogs (Electron's `dialog` in main, fakes in tests); null means the user cancelled. */
export interface FileDialogs {
  chooseFileToOpen(request: DialogRequest): Promise<string | null>;
  chooseSavePath(request: DialogRequest): Promise<string | null>;
}

export interface FileServiceDeps {
  dialogs: FileDialogs;
  recent: RecentFilesStore;
  labels: () => ShellLabels;
  documentsDir: string;
  writeFile?: (filePath: string, data: string | Uint8Array) => Promise<void>;
  readFile?: (filePath: string) => Promise<IpcResult<string>>;
  onProblem?: (message: string) => void;
}

export interface FileService {
  open(arg: { path?: string | undefined } | undefined): Promise<IpcResult<OpenedFile>>;
  save(arg: { path: string; text: string }): Promise<IpcResult<SavedFile>>;
  /** `kind` (default: the ending of `suggestedName`, else scenario) picks the dialog's title, filter and ending. */
  saveAs(arg: {
    text: string;
    suggestedName?: string | undefined;
    kind?: DocumentKind | undefined;
  }): Promise<IpcResult<SavedFile>>;
  exportCsv(arg: { text: string; suggestedName?: string | undefined }): Promise<IpcResult<SavedFile>>;
  /** Save dialog, then `render()` (printToPDF) and an atomic write of its bytes. */
  savePdf(render: () => Promise<Uint8Array>, suggestedName?: string): Promise<IpcResult<SavedFile>>;
  recentFiles(): RecentFile[];
  clearRecent(): Promise<void>;
}

const DEFAULT_NAMES: Record<FileKind, string> = {
  scenario: '',
  workspace: '',
  csv: 'cloudsizer-estimate',
  pdf: 'cloudsizer-estimate',
};

export function createFileService(deps: FileServiceDeps): FileService {
  const writeFile = deps.writeFile ?? atomicWriteFile;
  const readFile = deps.readFile ?? readTextFile;
  const granted: string[] = [];
  let lastDir = deps.documentsDir;

  const isGranted = (filePath: string) =>
    granted.some((p) => samePath(p, filePath)) || deps.recent.has(filePath);
  const grant = (filePath: string) => {
    if (!isGranted(filePath)) granted.push(filePath);
    lastDir = path.dirname(filePath);
  };
  const remember = async (filePath: string) => {
    try {
      await deps.recent.add(filePath);
    } catch (error) {
      deps.onProblem?.(`Could not update the recent-files list: ${String(error)}`);
    }
  };

  const filterFor = (kind: FileKind) => {
    const d = deps.labels().dialogs;
    const name = {
      scenario: d.scenarioFilter,
      workspace: d.workspaceFilter,
      csv: d.csvFilter,
      pdf: d.pdfFilter,
    }[kind];
    return { name, extensions: [...FILE_KINDS[kind].dialogExtensions] };
  };
  /** Open lists both document kinds together first, then each alone. */
  const openFilters = () => [
    {
      name: deps.labels().dialogs.documentFilter,
      extensions: [
        ...new Set([...FILE_KINDS.scenario.dialogExtensions, ...FILE_KINDS.workspace.dialogExtensions]),
      ],
    },
    filterFor('scenario'),
    filterFor('workspace'),
  ];
  const notADocument = (filePath: string) =>
    fail('invalid-argument', `${filePath} is not a CloudSizer scenario or workspace (${DOCUMENT_ENDINGS})`);

  const write = async (filePath: string, data: string | Uint8Array): Promise<IpcResult<SavedFile>> => {
    try {
      await writeFile(filePath, data);
    } catch (error) {
      if (error instanceof AtomicWriteError) return fail('io', error.message);
      return fail(
        'io',
        `Could not save ${filePath}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return ok({ path: filePath, name: fileNameOf(filePath) });
  };

  const chooseSavePath = async (kind: FileKind, suggestedName: string | undefined, title: string) => {
    const base = suggestedName ?? (DEFAULT_NAMES[kind] || deps.labels().dialogs.untitled);
    const chosen = await deps.dialogs.chooseSavePath({
      title,
      defaultPath: path.join(lastDir, ensureExtension(base, kind)),
      filters: [filterFor(kind)],
    });
    return chosen === null ? null : ensureExtension(chosen, kind);
  };

  return {
    async open(arg) {
      const requested = arg?.path;
      if (requested !== undefined && !deps.recent.has(requested)) {
        return fail('not-permitted', `${requested} is not in the recent-files list; choose it with Open…`);
      }
      const filePath =
        requested ??
        (await deps.dialogs.chooseFileToOpen({
          title: deps.labels().dialogs.openTitle,
          defaultPath: lastDir,
          filters: openFilters(),
        }));
      if (filePath === null) return fail('canceled', 'Open was cancelled');
      if (!isDocumentPath(filePath)) return notADocument(filePath);
      const text = await readFile(filePath);
      if (!text.ok) {
        if (text.error.code === 'not-found' && requested !== undefined) await deps.recent.remove(requested);
        return text;
      }
      grant(filePath);
      await remember(filePath);
      return ok({ path: filePath, name: fileNameOf(filePath), text: text.value });
    },

    async save({ path: filePath, text }) {
      if (!isDocumentPath(filePath)) return notADocument(filePath);
      if (!isGranted(filePath)) {
        return fail('not-permitted', `${filePath} was not opened or chosen in this session; use Save As…`);
      }
      const saved = await write(filePath, text);
      if (saved.ok) await remember(filePath);
      return saved;
    },

    async saveAs({ text, suggestedName, kind }) {
      const documentKind =
        kind ?? (suggestedName === undefined ? null : documentKindOf(suggestedName)) ?? 'scenario';
      const d = deps.labels().dialogs;
      const title = documentKind === 'workspace' ? d.saveWorkspaceTitle : d.saveAsTitle;
      const filePath = await chooseSavePath(documentKind, suggestedName, title);
      if (filePath === null) return fail('canceled', 'Save As was cancelled');
      const saved = await write(filePath, text);
      if (saved.ok) {
        grant(filePath);
        await remember(filePath);
      }
      return saved;
    },

    async exportCsv({ text, suggestedName }) {
      const filePath = await chooseSavePath('csv', suggestedName, deps.labels().dialogs.exportCsvTitle);
      if (filePath === null) return fail('canceled', 'CSV export was cancelled');
      lastDir = path.dirname(filePath);
      return write(filePath, text);
    },

    async savePdf(render, suggestedName) {
      const filePath = await chooseSavePath('pdf', suggestedName, deps.labels().dialogs.printPdfTitle);
      if (filePath === null) return fail('canceled', 'Save as PDF was cancelled');
      lastDir = path.dirname(filePath);
      let bytes: Uint8Array;
      try {
        bytes = await render();
      } catch (error) {
        return fail(
          'io',
          `Could not render the PDF: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return write(filePath, bytes);
    },

    recentFiles: () => deps.recent.list(),
    clearRecent: () => deps.recent.clear(),
  };
}
