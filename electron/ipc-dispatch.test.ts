import { describe, expect, it, vi } from 'vitest';
import type { IpcCallContext } from './ipc-contract';
import { createIpcHandlers, type IpcImplementations } from './ipc-dispatch';
import { ok } from './ipc-result';
import { MAX_TEXT_BYTES } from './file-rules';
import { IPC_CHANNELS, menuCommandSchema } from './ipc-schemas';

const trusted: IpcCallContext = { senderUrl: 'app://cloudsizer/index.html', senderId: 1 };

function implementations(): IpcImplementations {
  const saved = ok({ path: '/home/kim/a.cloudsizer.json', name: 'a.cloudsizer.json' });
  return {
    'file:open': vi.fn(async () => ok({ path: '/a.cloudsizer.json', name: 'a.cloudsizer.json', text: '{}' })),
    'file:save': vi.fn(async () => saved),
    'file:saveAs': vi.fn(async () => saved),
    'file:exportCsv': vi.fn(async () => saved),
    'file:recent': vi.fn(async () => ok([])),
    'file:clearRecent': vi.fn(async () => ok(null)),
    'autosave:write': vi.fn(async () => ok({ savedAt: '2026-07-20T00:00:00.000Z' })),
    'autosave:recover': vi.fn(async () => ok({ available: false as const })),
    'autosave:clear': vi.fn(async () => ok(null)),
    'print:pdf': vi.fn(async () => saved),
    'app:info': vi.fn(async () => {
      throw new Error('manifest exploded');
    }),
    'app:setLanguage': vi.fn(async () => ok(null)),
    'app:setDocumentState': vi.fn(async () => ok(null)),
    'prices:listSnapshots': vi.fn(async () =>
      ok({ storeFolder: '/data/snapshots', activeId: 'b', snapshots: [], pointerProblem: null }),
    ),
    'prices:readSnapshot': vi.fn(async () => ok({ id: 'b', files: {} })),
    'prices:setActive': vi.fn(async () =>
      ok({ storeFolder: '/data/snapshots', activeId: 'b', snapshots: [], pointerProblem: null }),
    ),
    'prices:chooseFolder': vi.fn(async () => ok({ path: '/home/kim/offers' })),
    'prices:startUpdate': vi.fn(async () => ok({ jobId: 'update-1' })),
    'prices:cancelUpdate': vi.fn(async () =>
      ok({
        jobId: 'update-1',
        outcome: 'canceled' as const,
        snapshotId: null,
        activeId: 'b',
        message: '',
        detail: null,
      }),
    ),
  };
}

const isTrusted = (url: string) => url.startsWith('app://cloudsizer/');

describe('createIpcHandlers', () => {
  it('has a handler for every channel', () => {
    const handlers = createIpcHandlers(implementations(), isTrusted);
    expect(Object.keys(handlers).sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it('passes Save As its document kind (scenario or workspace) unchanged', async () => {
    const impl = implementations();
    const handlers = createIpcHandlers(impl, isTrusted);
    const arg = { text: '{}', suggestedName: '작업 공간.cloudsizer-workspace.json', kind: 'workspace' };
    expect((await handlers['file:saveAs'](arg, trusted)).ok).toBe(true);
    expect(impl['file:saveAs']).toHaveBeenCalledWith(arg, trusted);
  });

  it('passes the parsed argument to the implementation', async () => {
    const impl = implementations();
    const handlers = createIpcHandlers(impl, isTrusted);
    const result = await handlers['file:save'](
      { path: '/home/kim/a.cloudsizer.json', text: '{"v":1}' },
      trusted,
    );
    expect(result.ok).toBe(true);
    expect(impl['file:save']).toHaveBeenCalledWith(
      { path: '/home/kim/a.cloudsizer.json', text: '{"v":1}' },
      trusted,
    );
  });

  it('returns invalid-argument naming the channel and field, without calling the implementation', async () => {
    const impl = implementations();
    const handlers = createIpcHandlers(impl, isTrusted);
    const cases: [keyof IpcImplementations, unknown, RegExp][] = [
      [
        'file:save',
        { path: 'relative.cloudsizer.json', text: '' },
        /^file:save: path: must be an absolute path$/,
      ],
      ['file:save', { path: '/a.cloudsizer.json', text: 42 }, /^file:save: text: /],
      ['file:save', '/a.cloudsizer.json', /^file:save: argument: /],
      [
        'file:saveAs',
        { text: '', suggestedName: '../../etc/passwd' },
        /suggestedName: must be a plain file name/,
      ],
      ['file:saveAs', { text: '', kind: 'csv' }, /^file:saveAs: kind: /],
      ['file:open', { path: '/a.cloudsizer.json', extra: true }, /^file:open: argument: Unrecognized key/],
      ['app:setLanguage', { language: 'ja' }, /^app:setLanguage: language: /],
      ['file:recent', { unexpected: 1 }, /^file:recent: argument: /],
    ];
    for (const [channel, arg, message] of cases) {
      const result = await handlers[channel](arg, trusted);
      expect(result, channel).toEqual({
        ok: false,
        error: { code: 'invalid-argument', message: expect.stringMatching(message) },
      });
      expect(impl[channel]).not.toHaveBeenCalled();
    }
  });

  it('refuses text over 20 MB with the size in the message', async () => {
    const handlers = createIpcHandlers(implementations(), isTrusted);
    const result = await handlers['autosave:write']({ text: '가'.repeat(8 * 1024 * 1024) }, trusted);
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: 'autosave:write: text: is 24.0 MB; the limit is 20.0 MB' },
    });
    const oneOver = await handlers['autosave:write'](
      { text: `${'a'.repeat(MAX_TEXT_BYTES - 1)}가` },
      trusted,
    );
    expect(oneOver.ok).toBe(false);
    const atLimit = await handlers['autosave:write']({ text: 'a'.repeat(MAX_TEXT_BYTES) }, trusted);
    expect(atLimit.ok).toBe(true);
  });

  it('refuses callers that are not the app’s own page', async () => {
    const impl = implementations();
    const handlers = createIpcHandlers(impl, isTrusted);
    for (const senderUrl of ['https://evil.example/', 'file:///tmp/x.html', '']) {
      const result = await handlers['file:recent'](undefined, { senderUrl, senderId: 2 });
      expect(result.ok ? null : result.error.code).toBe('not-permitted');
    }
    expect(impl['file:recent']).not.toHaveBeenCalled();
  });

  it('turns a throwing implementation into an internal error result', async () => {
    const handlers = createIpcHandlers(implementations(), isTrusted);
    expect(await handlers['app:info'](undefined, trusted)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'app:info: manifest exploded' },
    });
  });
});

describe('menuCommandSchema', () => {
  it('accepts the menu commands and rejects anything else', () => {
    expect(menuCommandSchema.safeParse({ command: 'file:save' }).success).toBe(true);
    expect(menuCommandSchema.safeParse({ command: 'file:saveWorkspace' }).success).toBe(true);
    expect(menuCommandSchema.safeParse({ command: 'file:saveWorkspace', path: '/a' }).success).toBe(false);
    expect(
      menuCommandSchema.safeParse({ command: 'file:openRecent', path: '/a.cloudsizer.json' }).success,
    ).toBe(true);
    expect(menuCommandSchema.safeParse({ command: 'app:setLanguage', language: 'en' }).success).toBe(true);
    expect(menuCommandSchema.safeParse({ command: 'shell:exec' }).success).toBe(false);
    expect(menuCommandSchema.safeParse({ command: 'file:openRecent' }).success).toBe(false);
  });
});
