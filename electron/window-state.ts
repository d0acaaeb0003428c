/**
 * Remembered window size and position, validated on load and fitted to the displays that exist now
 * (a monitor may have been unplugged since the last run).
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { atomicWriteFile } from './atomic-write';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;
/** How much of the window's top edge (the title bar) must lie on a display to keep the saved position. */
const GRIP = { width: 120, height: 32 } as const;

const windowStateSchema = z.object({
  version: z.literal(1),
  bounds: z.object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export function parseWindowState(json: string): WindowState | null {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

function centered(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Saved bounds if their title bar is on a display (shrunk to fit that display), otherwise the saved
 * (or default) size centred on the primary display.
 */
export function fitToDisplays(saved: Rect | null, workAreas: readonly Rect[], primary: Rect): Rect {
  if (!saved) return centered(DEFAULT_SIZE, primary);
  const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: GRIP.height };
  const home = workAreas.find((area) => {
    const o = overlap(titleBar, area);
    return o.width >= GRIP.width && o.height >= GRIP.height;
  });
  if (!home) return centered(saved, primary);
  const width = Math.max(Math.min(saved.width, home.width), Math.min(MIN_SIZE.width, home.width));
  const height = Math.max(Math.min(saved.height, home.height), Math.min(MIN_SIZE.height, home.height));
  return {
    x: Math.min(Math.max(saved.x, home.x), home.x + home.width - width),
    y: Math.min(Math.max(saved.y, home.y), home.y + home.height - height),
    width,
    height,
  };
}

export async function loadWindowState(filePath: string): Promise<WindowState | null> {
  try {
    return parseWindowState(await readFile(filePath, 'utf8'));
  } catch {
    return null;
  }
}

export async function saveWindowState(filePath: string, bounds: Rect, maximized: boolean): Promise<void> {
  const state: WindowState = {
    version: 1,
    bounds: {
      x: Math.round(bounds.x),
      y: Math.round(bounds.y),
      width: Math.round(bounds.width),
      height: Math.round(bounds.height),
    },
    maximized,
  };
  await atomicWriteFile(filePath, `${JSON.stringify(state)}\n`);
}
