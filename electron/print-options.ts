/**
 * Text of the About box and the PDF page footer: both state the price snapshot date and that
 * prices exclude tax, so a printed estimate is never read as a dated-less, tax-inclusive quote.
 */
import type { PrintToPDFOptions } from 'electron';
import type { Language } from './ipc-schemas';
import { SHELL_LABELS } from './labels';
import type { SnapshotInfo } from './snapshot-info';

export function aboutText(
  language: Language,
  version: string,
  snapshot: SnapshotInfo,
): { title: string; message: string; detail: string; ok: string } {
  const t = SHELL_LABELS[language].about;
  return {
    title: t.title,
    message: `CloudSizer ${version}`,
    detail: [`${t.snapshot}: ${snapshot.snapshotDate ?? t.snapshotUnknown}`, t.taxNote, t.sourceNote].join(
      '\n',
    ),
    ok: t.ok,
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Chromium fills `pageNumber` and `totalPages` in the footer template. */
export function pdfFooterTemplate(language: Language, snapshot: SnapshotInfo): string {
  const t = SHELL_LABELS[language];
  const date = snapshot.snapshotDate ?? t.about.snapshotUnknown;
  const left = escapeHtml(`CloudSizer · ${t.pdf.snapshot} ${date} · ${t.pdf.taxNote}`);
  const page =
    language === 'ko'
      ? `<span class="pageNumber"></span> / <span class="totalPages"></span> ${escapeHtml(t.pdf.page)}`
      : `${escapeHtml(t.pdf.page)} <span class="pageNumber"></span> / <span class="totalPages"></span>`;
  return (
    '<div style="font-size:8px;width:100%;padding:0 10mm;display:flex;justify-content:space-between;' +
    `font-family:sans-serif;color:#444"><span>${left}</span><span>${page}</span></div>`
  );
}

export function pdfOptions(
  language: Language,
  snapshot: SnapshotInfo,
  request: { landscape?: boolean | undefined; pageSize?: 'A4' | 'Letter' | undefined },
): PrintToPDFOptions {
  return {
    landscape: request.landscape ?? false,
    pageSize: request.pageSize ?? 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: pdfFooterTemplate(language, snapshot),
    margins: { marginType: 'custom', top: 0.4, bottom: 0.6, left: 0.4, right: 0.4 },
    generateDocumentOutline: true,
  };
}
