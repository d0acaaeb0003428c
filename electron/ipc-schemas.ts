/**
 * zod schemas for every IPC argument, one per channel. Main parses each `unknown` argument with the
 * schema of its channel before any handler runs; the renderer's argument types are inferred from here.
 * No Node APIs: the preload imports the menu-command schema from this file.
 */
import { z } from 'zod';
import { REGIONS } from '../pricing-data/schema';
import { SERVICES } from '../tools/prices/update/offer-index';
import {
  DOCUMENT_KINDS,
  MAX_TEXT_BYTES,
  formatMegabytes,
  isAbsolutePath,
  isPlainFileName,
  utf8ByteLength,
} from './file-rules';

export const LANGUAGES = ['ko', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

const textSchema = z.string().superRefine((text, ctx) => {
  // A UTF-16 unit is at least one UTF-8 byte, so only long strings need counting.
  if (text.length <= MAX_TEXT_BYTES / 3) return;
  const bytes = utf8ByteLength(text);
  if (bytes > MAX_TEXT_BYTES) {
    ctx.addIssue({
      code: 'custom',
      message: `is ${formatMegabytes(bytes)}; the limit is ${formatMegabytes(MAX_TEXT_BYTES)}`,
    });
  }
});

const absolutePathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => !path.includes('\u0000'), 'must not contain a NUL character')
  .refine(isAbsolutePath, 'must be an absolute path');

const fileNameSchema = z
  .string()
  .refine(
    isPlainFileName,
    'must be a plain file name (no folders, no characters such as / \\ : * ? " < > |)',
  );

const noArgument = z.undefined();

/** Letters, digits and "-" only (the store's own rule): no dots, no separators, so never a path. */
export const SNAPSHOT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,127}$/;
const snapshotIdSchema = z
  .string()
  .regex(SNAPSHOT_ID_PATTERN, 'must be a snapshot id as listed by prices:listSnapshots (a-z, 0-9, "-")');

const distinct = <T>(values: readonly T[]) => new Set(values).size === values.length;

export const ipcArgSchemas = {
  'file:open': z.strictObject({ path: absolutePathSchema.optional() }).optional(),
  'file:save': z.strictObject({ path: absolutePathSchema, text: textSchema }),
  'file:saveAs': z.strictObject({
    text: textSchema,
    suggestedName: fileNameSchema.optional(),
    /** default: the kind `suggestedName` ends with, else 'scenario' */
    kind: z.enum(DOCUMENT_KINDS).optional(),
  }),
  'file:exportCsv': z.strictObject({ text: textSchema, suggestedName: fileNameSchema.optional() }),
  'file:recent': noArgument,
  'file:clearRecent': noArgument,
  'autosave:write': z.strictObject({ text: textSchema }),
  'autosave:recover': noArgument,
  'autosave:clear': noArgument,
  'print:pdf': z
    .strictObject({
      suggestedName: fileNameSchema.optional(),
      landscape: z.boolean().optional(),
      pageSize: z.enum(['A4', 'Letter']).optional(),
    })
    .optional(),
  'app:info': noArgument,
  'app:setLanguage': z.strictObject({ language: languageSchema }),
  'app:setDocumentState': z.strictObject({ title: z.string().max(8192), dirty: z.boolean() }),
  'prices:listSnapshots': noArgument,
  'prices:readSnapshot': z.strictObject({ id: snapshotIdSchema }),
  'prices:setActive': z.strictObject({ id: snapshotIdSchema }),
  'prices:chooseFolder': noArgument,
  'prices:startUpdate': z.strictObject({
    regions: z.array(z.enum(REGIONS)).min(1).refine(distinct, 'must not name a region twice'),
    services: z.array(z.enum(SERVICES)).min(1).refine(distinct, 'must not name a service twice').optional(),
    /** only a folder chosen with prices:chooseFolder in this session */
    fromDir: absolutePathSchema.optional(),
  }),
  'prices:cancelUpdate': z.strictObject({
    jobId: z.string().regex(/^update-\d{1,9}$/, 'must be a job id returned by prices:startUpdate'),
  }),
} as const;

export type IpcChannel = keyof typeof ipcArgSchemas;
export const IPC_CHANNELS = Object.keys(ipcArgSchemas) as IpcChannel[];

/** What the renderer passes (before parsing) and what a handler receives (after parsing). */
export type IpcArgInput<C extends IpcChannel> = z.input<(typeof ipcArgSchemas)[C]>;
export type IpcArg<C extends IpcChannel> = z.output<(typeof ipcArgSchemas)[C]>;

/** Menu actions main sends to the renderer on the one event channel `menu:command`. */
export const MENU_COMMAND_CHANNEL = 'menu:command';
export const SIMPLE_MENU_COMMANDS = [
  'file:new',
  'file:open',
  'file:save',
  'file:saveAs',
  'file:saveWorkspace',
  'file:exportCsv',
  'file:print',
  'file:printPdf',
  'edit:undo',
  'edit:redo',
] as const;
export const menuCommandSchema = z.union([
  z.strictObject({ command: z.enum(SIMPLE_MENU_COMMANDS) }),
  z.strictObject({ command: z.literal('file:openRecent'), path: absolutePathSchema }),
  z.strictObject({ command: z.literal('app:setLanguage'), language: languageSchema }),
]);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/** "text: is 25.0 MB; the limit is 20.0 MB" — the field path, then what is wrong with it. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'argument'}: ${issue.message}`)
    .join('; ');
}
