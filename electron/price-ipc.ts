/**
 * The `prices:*` channels, wired to the snapshot store, the update jobs and a native folder dialog (no
 * Electron import: testable with fakes). A `fromDir` is accepted only if the user picked that folder
 * with prices:chooseFolder in this session, as file-service.ts does for save paths.
 */
import type { PriceIpcImplementations } from './ipc-dispatch';
import { fail, ok } from './ipc-result';
import type { PriceLabels } from './price-labels';
import type { PriceStore } from './price-store';
import type { PriceUpdateJobs } from './price-update-jobs';
import { samePath } from './recent-files';

export interface FolderDialog {
  /** null when the user closed the dialog */
  chooseFolder(request: { title: string; buttonLabel: string; defaultPath: string }): Promise<string | null>;
}

export interface PriceIpcDeps {
  store: PriceStore;
  jobs: PriceUpdateJobs;
  dialog: FolderDialog;
  labels: () => PriceLabels;
  /** where the folder dialog opens first (e.g. Downloads) */
  defaultFolder: string;
}

export function createPriceIpcImplementations(deps: PriceIpcDeps): PriceIpcImplementations {
  const { store, jobs } = deps;
  const granted: string[] = [];
  let lastFolder = deps.defaultFolder;
  const isGranted = (dir: string) => granted.some((g) => samePath(g, dir));

  return {
    'prices:listSnapshots': async () => ok(await store.list()),
    'prices:readSnapshot': ({ id }) => store.read(id),
    'prices:setActive': async ({ id }) => {
      const running = jobs.running();
      if (running) {
        return fail(
          'not-permitted',
          `price update ${running} is running and will switch snapshots when it ends; cancel it or wait`,
        );
      }
      return store.setActive(id);
    },
    'prices:chooseFolder': async () => {
      const labels = deps.labels();
      const chosen = await deps.dialog.chooseFolder({
        title: labels.chooseFolderTitle,
        buttonLabel: labels.chooseFolderButton,
        defaultPath: lastFolder,
      });
      if (chosen === null) return fail('canceled', 'Choosing a folder was cancelled');
      if (!isGranted(chosen)) granted.push(chosen);
      lastFolder = chosen;
      return ok({ path: chosen });
    },
    'prices:startUpdate': async ({ regions, services, fromDir }, ctx) => {
      if (fromDir !== undefined && !isGranted(fromDir)) {
        return fail('not-permitted', `${fromDir} was not chosen with prices:chooseFolder in this session`);
      }
      return jobs.start({ regions, services, fromDir }, ctx.senderId);
    },
    'prices:cancelUpdate': ({ jobId }) => jobs.cancel(jobId),
  };
}
