import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  type Rect,
} from './window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const rightMonitor: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('fitToDisplays', () => {
  it('centres the default size on the primary display the first time', () => {
    expect(fitToDisplays(null, [laptop], laptop)).toEqual({ x: 80, y: 28, ...DEFAULT_SIZE });
  });

  it('keeps bounds whose title bar is on a display', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000 };
    expect(fitToDisplays(saved, [laptop, rightMonitor], laptop)).toEqual(saved);
  });

  it('re-centres on the primary display when the saved monitor is gone', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800 };
    expect(fitToDisplays(saved, [laptop], laptop)).toEqual({ x: 120, y: 38, width: 1200, height: 800 });
  });

  it('shrinks a window larger than its display and pulls it fully onto it', () => {
    const saved = { x: 300, y: 10, width: 2560, height: 1600 };
    expect(fitToDisplays(saved, [laptop], laptop)).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
  });

  it('re-centres a window whose title bar is above the screen (unreachable)', () => {
    const saved = { x: 100, y: -500, width: 1000, height: 700 };
    expect(fitToDisplays(saved, [laptop], laptop)).toEqual({ x: 220, y: 88, width: 1000, height: 700 });
  });
});

describe('window-state file', () => {
  it('rejects malformed state', () => {
    expect(
      parseWindowState('{"version":1,"bounds":{"x":0,"y":0,"width":-5,"height":600},"maximized":false}'),
    ).toBeNull();
    expect(parseWindowState('{"version":1,"bounds":{"x":"0"}}')).toBeNull();
    expect(parseWindowState('not json')).toBeNull();
  });

  it('saves rounded bounds atomically and loads them back; a broken file loads as null', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cloudsizer-window-'));
    try {
      const file = path.join(dir, 'window-state.json');
      await saveWindowState(file, { x: 10.4, y: 20.6, width: 1280, height: 820 }, true);
      expect(await loadWindowState(file)).toEqual({
        version: 1,
        bounds: { x: 10, y: 21, width: 1280, height: 820 },
        maximized: true,
      });
      await writeFile(file, '{');
      expect(await loadWindowState(file)).toBeNull();
      expect(await loadWindowState(path.join(dir, 'none.json'))).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
