import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autosavePaths, startAutosaveSession } from './autosave';

let dir: string;
beforeEach(async () => {
  dir = path.join(await mkdtemp(path.join(tmpdir(), 'cloudsizer-autosave-')), 'autosave');
});
afterEach(async () => {
  await rm(path.dirname(dir), { recursive: true, force: true });
});

const clock = (iso: string) => () => new Date(iso);
const WORKSPACE = '{"scenarios":[{"name":"서울 m7g.large"}]}';

describe('autosave and crash recovery', () => {
  it('offers the last autosave after a session that was killed (no clean shutdown)', async () => {
    const killed = await startAutosaveSession(dir, { now: clock('2026-07-20T09:00:00.000Z') });
    expect(killed.previousSessionCrashed).toBe(false);
    expect(await killed.write('{"old":true}')).toEqual({ savedAt: '2026-07-20T09:00:00.000Z' });
    await killed.write(WORKSPACE);
    // No endSync(): the process died here.

    const next = await startAutosaveSession(dir, { now: clock('2026-07-20T10:00:00.000Z') });
    expect(next.previousSessionCrashed).toBe(true);
    expect(await next.recover()).toEqual({
      available: true,
      text: WORKSPACE,
      savedAt: '2026-07-20T09:00:00.000Z',
    });

    // The new session's autosaves do not overwrite what is offered for recovery.
    await next.write('{"new":true}');
    expect(await next.recover()).toMatchObject({ available: true, text: WORKSPACE });
    await next.discardRecovery();
    expect(await next.recover()).toEqual({ available: false });
  });

  it('offers nothing after a clean shutdown', async () => {
    const first = await startAutosaveSession(dir);
    await first.write(WORKSPACE);
    first.endSync();
    expect(await readdir(dir)).toEqual([]);

    const next = await startAutosaveSession(dir);
    expect(next.previousSessionCrashed).toBe(false);
    expect(await next.recover()).toEqual({ available: false });
  });

  it('offers nothing when the crashed session never autosaved', async () => {
    await startAutosaveSession(dir);
    const next = await startAutosaveSession(dir);
    expect(next.previousSessionCrashed).toBe(true);
    expect(await next.recover()).toEqual({ available: false });
  });

  it('keeps an unanswered recovery across a clean restart until it is discarded', async () => {
    const crashed = await startAutosaveSession(dir);
    await crashed.write(WORKSPACE);
    const ignoredPrompt = await startAutosaveSession(dir);
    ignoredPrompt.endSync();
    const later = await startAutosaveSession(dir);
    expect(await later.recover()).toMatchObject({ available: true, text: WORKSPACE });
  });

  it('treats a corrupt recovery file as nothing to recover and reports it', async () => {
    await startAutosaveSession(dir);
    await writeFile(autosavePaths(dir).workspace, '{"version":1,"savedAt":"yesterday","text":"x"}');
    const problems: string[] = [];
    const next = await startAutosaveSession(dir, { onProblem: (m) => problems.push(m) });
    expect(await next.recover()).toEqual({ available: false });
    expect(problems).toEqual([expect.stringContaining('recovery.json')]);
  });

  it('writes the autosave as a versioned JSON envelope', async () => {
    const session = await startAutosaveSession(dir, { now: clock('2026-07-20T09:30:00.000Z'), pid: 4242 });
    await session.write(WORKSPACE);
    expect(JSON.parse(await readFile(autosavePaths(dir).workspace, 'utf8'))).toEqual({
      version: 1,
      savedAt: '2026-07-20T09:30:00.000Z',
      text: WORKSPACE,
    });
    expect(JSON.parse(await readFile(autosavePaths(dir).lock, 'utf8'))).toEqual({
      pid: 4242,
      startedAt: '2026-07-20T09:30:00.000Z',
    });
  });
});
