/**
 * Rules for the files the shell reads and writes. Pure (no Node APIs) so the zod schemas that use
 * them can also run in the sandboxed preload.
 */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

export const FILE_KINDS = {
  scenario: { extension: '.cloudsizer.json', dialogExtensions: ['cloudsizer.json', 'json'] },
  workspace: {
    extension: '.cloudsizer-workspace.json',
    dialogExtensions: ['cloudsizer-workspace.json', 'json'],
  },
  csv: { extension: '.csv', dialogExtensions: ['csv'] },
  pdf: { extension: '.pdf', dialogExtensions: ['pdf'] },
} as const;
export type FileKind = keyof typeof FILE_KINDS;

/** The files the app opens and saves; the renderer tells them apart by content, not by name. */
export const DOCUMENT_KINDS = ['scenario', 'workspace'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

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

/** The document kind a path's ending names (`.cloudsizer.json`, `.cloudsizer-workspace.json`), or null. */
export function documentKindOf(path: string): DocumentKind | null {
  return DOCUMENT_KINDS.find((kind) => hasExtension(path, kind)) ?? null;
}

export function isDocumentPath(path: string): boolean {
  return documentKindOf(path) !== null;
}

/** "*.cloudsizer.json or *.cloudsizer-workspace.json", for messages. */
export const DOCUMENT_ENDINGS = DOCUMENT_KINDS.map((kind) => `*${FILE_KINDS[kind].extension}`).join(' or ');

/**
 * Adds the kind's extension when the user typed a name without it. For documents a plain `.json`
 * ending becomes the kind's (`plan.json` → `plan.cloudsizer.json` or `plan.cloudsizer-workspace.json`),
 * and either document ending is kept as chosen: the Save dialog confirmed overwriting that very file,
 * and the content says what it holds.
 */
export function ensureExtension(path: string, kind: FileKind): string {
  if (hasExtension(path, kind)) return path;
  const isDocument = kind === 'scenario' || kind === 'workspace';
  if (isDocument && isDocumentPath(path)) return path;
  if (isDocument && path.toLowerCase().endsWith('.json')) {
    return path.slice(0, -'.json'.length) + FILE_KINDS[kind].extension;
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
