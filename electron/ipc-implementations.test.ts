import { describe, expect, it, vi } from 'vitest';
import type { AutosaveSession } from './autosave';
import type { FileService } from './file-service';
import { createIpcImplementations, type ShellServices } from './ipc-implementations';
import { ok } from './ipc-result';

const ctx = { senderUrl: 'app://cloudsizer/index.html', senderId: 7 };

function services(overrides: Partial<ShellServices> = {}): ShellServices {
  let language: 'ko' | 'en' = 'ko';
  return {
    files: {
      savePdf: vi.fn(async (render: () => Promise<Uint8Array>) => {
        await render();
        return ok({ path: '/r.pdf', name: 'r.pdf' });
      }),
    } as unknown as FileService,
    autosave: {
      write: vi.fn(async () => {
        throw new Error('Could not save /data/autosave/workspace.json: the "rename" step failed (EACCES)');
      }),
    } as unknown as AutosaveSession,
    appInfo: () => ({
      name: 'CloudSizer',
      version: '0.1.0',
      snapshotDate: '2026-07-20',
      snapshotId: 'x',
      platform: 'linux',
    }),
    getLanguage: () => language,
    setLanguage: (next) => (language = next),
    setDocumentState: vi.fn(),
    renderPdf: vi.fn(() => async () => new Uint8Array([37])),
    ...overrides,
  };
}

describe('createIpcImplementations', () => {
  it('reports the current language in app:info after app:setLanguage', async () => {
    const impl = createIpcImplementations(services());
    await impl['app:setLanguage']({ language: 'en' }, ctx);
    expect(await impl['app:info'](undefined, ctx)).toEqual(
      ok({
        name: 'CloudSizer',
        version: '0.1.0',
        snapshotDate: '2026-07-20',
        snapshotId: 'x',
        platform: 'linux',
        language: 'en',
      }),
    );
  });

  it('prints the calling page (by sender id) with the requested page setup', async () => {
    const s = services();
    const impl = createIpcImplementations(s);
    expect((await impl['print:pdf']({ landscape: true }, ctx)).ok).toBe(true);
    expect(s.renderPdf).toHaveBeenCalledWith(7, { landscape: true, pageSize: undefined });
  });

  it('says when the page to print is gone', async () => {
    const impl = createIpcImplementations(services({ renderPdf: () => null }));
    expect(await impl['print:pdf'](undefined, ctx)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'The page to print is no longer open' },
    });
  });

  it('returns a failed autosave as an io error with the reason', async () => {
    const impl = createIpcImplementations(services());
    expect(await impl['autosave:write']({ text: '{}' }, ctx)).toEqual({
      ok: false,
      error: {
        code: 'io',
        message: 'Could not save /data/autosave/workspace.json: the "rename" step failed (EACCES)',
      },
    });
  });
});
