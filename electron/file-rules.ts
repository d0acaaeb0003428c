/**
 * Rules for the files the shell reads and writes. Pure (no Node APIs) so the zod schemas that use
 * them can also run in the sandboxed preload.
 */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

export const FILE_KINDS = {
  scenario: { extension: '.cloudsizer.json', dialogExtensions: ['cloudsizer.json', 'json'] },
  csv: { extension: '.csv', dialogExtensions: ['csv'] },
  pdf: { extension: '.pdf', dialogExtensions: ['pdf'] },
} as const;
export type FileKind = keyof typeof FILE_KINDS;

/** UTF-8 size of a JS string without allocating it (lone surrogates count 3 bytes, as U+FFFD). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Absolute on POSIX (`/x`) or Windows (`C:\x`, `C:/x`, `\\server\share`). */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

export function fileNameOf(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

export function hasExtension(path: string, kind: FileKind): boolean {
  return path.toLowerCase().endsWith(FILE_KINDS[kind].extension);
}

/**
 * Adds the kind's extension when the user typed a name without it. For scenarios a plain `.json`
 * ending becomes `.cloudsizer.json`, so `plan.json` is saved as `plan.cloudsizer.json`.
 */
export function ensureExtension(path: string, kind: FileKind): string {
  if (hasExtension(path, kind)) return path;
  if (kind === 'scenario' && path.toLowerCase().endsWith('.json')) {
    return path.slice(0, -'.json'.length) + FILE_KINDS.scenario.extension;
  }
  return path + FILE_KINDS[kind].extension;
}

/** A name the user may see in a Save dialog: no folders, no control characters, no reserved punctuation. */
export function isPlainFileName(name: string): boolean {
  return (
    name.length <= 200 &&
    name.trim() !== '' &&
    !/^\.+$/.test(name) &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u001f<>:"/\\|?*]/.test(name)
  );
}
