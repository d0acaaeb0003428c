/** What each IPC channel does, wired to the services main creates (no Electron import: testable with fakes). */
import type { AutosaveSession } from './autosave';
import type { FileService } from './file-service';
import type { AppInfo } from './ipc-contract';
import type { ShellIpcImplementations } from './ipc-dispatch';
import { fail, ok } from './ipc-result';
import type { Language } from './ipc-schemas';

export interface ShellServices {
  files: FileService;
  autosave: AutosaveSession;
  appInfo(): Omit<AppInfo, 'language'>;
  getLanguage(): Language;
  setLanguage(language: Language): void;
  setDocumentState(state: { title: string; dirty: boolean }): void;
  /** printToPDF of the calling page; null when the page is gone. */
  renderPdf(
    senderId: number,
    options: { landscape?: boolean | undefined; pageSize?: 'A4' | 'Letter' | undefined },
  ): (() => Promise<Uint8Array>) | null;
  onProblem?(message: string): void;
}

/** The shell's channels; the `prices:*` ones come from createPriceIpcImplementations (price-ipc.ts). */
export function createIpcImplementations(services: ShellServices): ShellIpcImplementations {
  const { files, autosave } = services;
  return {
    'file:open': (arg) => files.open(arg),
    'file:save': (arg) => files.save(arg),
    'file:saveAs': (arg) => files.saveAs(arg),
    'file:exportCsv': (arg) => files.exportCsv(arg),
    'file:recent': async () => ok(files.recentFiles()),
    'file:clearRecent': async () => {
      await files.clearRecent();
      return ok(null);
    },
    'autosave:write': async ({ text }) => {
      try {
        return ok(await autosave.write(text));
      } catch (error) {
        return fail('io', error instanceof Error ? error.message : String(error));
      }
    },
    'autosave:recover': async () => ok(await autosave.recover()),
    'autosave:clear': async () => {
      await autosave.discardRecovery();
      return ok(null);
    },
    'print:pdf': async (arg, ctx) => {
      const render = services.renderPdf(ctx.senderId, { landscape: arg?.landscape, pageSize: arg?.pageSize });
      if (!render) return fail('not-found', 'The page to print is no longer open');
      return files.savePdf(render, arg?.suggestedName);
    },
    'app:info': async () => ok({ ...services.appInfo(), language: services.getLanguage() }),
    'app:setLanguage': async ({ language }) => {
      services.setLanguage(language);
      return ok(null);
    },
    'app:setDocumentState': async (state) => {
      services.setDocumentState(state);
      return ok(null);
    },
  };
}
