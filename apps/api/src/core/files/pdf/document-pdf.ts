/**
 * Approval documents and pledges as PDFs (R54; later also the exported approval PDFs). The input is
 * plain data, not entities, so any feature can fill it: the deleted-documents download, the data
 * export job. Layout: title, metadata table, approval line, body, attachment list, "n / N" page
 * numbers; labels in the company language, times in the company time zone (R62, R63).
 */
import type { Readable } from 'node:stream';
import type { Language } from '@warden/shared';
import { formatInZone } from '../../time/zoned-time';
import { PdfComposer } from './pdf-composer';
import { pdfCodeLabel, pdfLabel } from './pdf-labels';
import { richTextToBlocks, singleLine } from './rich-text';

export interface PdfAttachment {
  /** The original file name, shown as is. */
  name: string;
  /** Bytes. */
  size: number;
}

export interface PdfApprovalStep {
  approver: string;
  /** `APPROVED`, `DECLINED`, `PENDING`, …: labelled when known, printed raw otherwise. */
  decision: string;
  decidedAt: Date | null;
}

export interface ApprovalDocumentPdf {
  title: string;
  documentNumber: string;
  form: string;
  drafter: string;
  createdAt: Date;
  /** `IN_PROGRESS`, `COMPLETED`, `DECLINED`, `CANCELED`: labelled when known, printed raw otherwise. */
  status: string;
  approvalLine: readonly PdfApprovalStep[];
  /** Untrusted rich-text HTML: reduced to text, never rendered or fetched (see rich-text.ts). */
  bodyHtml: string;
  attachments: readonly PdfAttachment[];
  deletedAt?: Date | null;
  deletedBy?: string | null;
}

export interface PledgePdf {
  /** The pledge service's number of this signed pledge, e.g. `PLG-2026-000045`. */
  pledgeNumber: string;
  name: string;
  signer: string;
  signedAt: Date;
  /** Untrusted rich-text HTML, like an approval document's body. */
  contentHtml: string;
  attachments: readonly PdfAttachment[];
  deletedAt?: Date | null;
  deletedBy?: string | null;
}

export interface PdfRenderOptions {
  /** The company language: labels and the preferred font for kanji/hanja. */
  language: Language;
  /** The company time zone (IANA). */
  timeZone: string;
}

/**
 * Renders an approval document. The returned stream holds the whole PDF (pages are buffered for
 * the page count; a 2-page document is ~20–40 KB); pipe it to a response or a file.
 */
export function renderApprovalDocumentPdf(document: ApprovalDocumentPdf, options: PdfRenderOptions): Readable {
  const { language, timeZone } = options;
  const pdf = new PdfComposer(language, { title: singleLine(document.title) });
  pdf.muted(pdfLabel('approvalDocument', language));
  pdf.text(singleLine(document.title), { weight: 'bold', size: 16 });
  pdf.moveDown(8);

  const metadata: [string, string][] = [
    [pdfLabel('documentNumber', language), document.documentNumber],
    [pdfLabel('form', language), document.form],
    [pdfLabel('drafter', language), document.drafter],
    [pdfLabel('createdAt', language), formatInZone(document.createdAt, timeZone)],
    [pdfLabel('status', language), pdfCodeLabel('status', document.status, language)],
    ...deletion(document, options),
  ];
  pdf.table([{ share: 1, label: true }, { share: 3 }], metadata);

  pdf.heading(pdfLabel('approvalLine', language));
  if (document.approvalLine.length === 0) pdf.muted(pdfLabel('none', language));
  else {
    pdf.table(
      [
        { header: pdfLabel('order', language), share: 0.5 },
        { header: pdfLabel('approver', language), share: 2 },
        { header: pdfLabel('decision', language), share: 1 },
        { header: pdfLabel('decidedAt', language), share: 1.8 },
      ],
      document.approvalLine.map((step, index) => [
        String(index + 1),
        step.approver,
        pdfCodeLabel('decision', step.decision, language),
        step.decidedAt ? formatInZone(step.decidedAt, timeZone) : '',
      ]),
    );
  }

  pdf.heading(pdfLabel('body', language));
  richBody(pdf, document.bodyHtml, language);
  attachments(pdf, document.attachments, language);
  return pdf.finish();
}

/** Renders a signed pledge (same layout without the approval line). */
export function renderPledgePdf(pledge: PledgePdf, options: PdfRenderOptions): Readable {
  const { language, timeZone } = options;
  const pdf = new PdfComposer(language, { title: singleLine(pledge.name) });
  pdf.muted(pdfLabel('pledge', language));
  pdf.text(singleLine(pledge.name), { weight: 'bold', size: 16 });
  pdf.moveDown(8);
  pdf.table(
    [{ share: 1, label: true }, { share: 3 }],
    [
      [pdfLabel('pledgeNumber', language), pledge.pledgeNumber],
      [pdfLabel('pledgeName', language), pledge.name],
      [pdfLabel('signer', language), pledge.signer],
      [pdfLabel('signedAt', language), formatInZone(pledge.signedAt, timeZone)],
      ...deletion(pledge, options),
    ],
  );
  pdf.heading(pdfLabel('content', language));
  richBody(pdf, pledge.contentHtml, language);
  attachments(pdf, pledge.attachments, language);
  return pdf.finish();
}

function deletion(document: { deletedAt?: Date | null; deletedBy?: string | null }, { language, timeZone }: PdfRenderOptions): [string, string][] {
  const rows: [string, string][] = [];
  if (document.deletedAt) rows.push([pdfLabel('deletedAt', language), formatInZone(document.deletedAt, timeZone)]);
  if (document.deletedBy) rows.push([pdfLabel('deletedBy', language), document.deletedBy]);
  return rows;
}

function richBody(pdf: PdfComposer, html: string, language: Language): void {
  const { blocks, truncated } = richTextToBlocks(html, { imageLabel: pdfLabel('image', language) });
  if (blocks.length === 0) pdf.muted(pdfLabel('none', language));
  for (const block of blocks) {
    switch (block.kind) {
      case 'rule':
        pdf.rule();
        break;
      case 'heading':
        pdf.ensureSpace(40);
        pdf.moveDown(4);
        pdf.text(block.text, { weight: 'bold', size: 11 });
        pdf.moveDown(3);
        break;
      case 'list-item': {
        // Nesting is capped so a hostile depth cannot push the text off the page.
        const indent = 14 * Math.min(block.depth, 8);
        pdf.text(block.marker ? `${block.marker} ${block.text}` : block.text, { x: pdf.left + indent + (block.marker ? 0 : 10) });
        pdf.moveDown(2);
        break;
      }
      default:
        pdf.text(block.text, { x: pdf.left + 14 * Math.min(block.depth, 8) });
        pdf.moveDown(5);
    }
  }
  if (truncated) pdf.muted(pdfLabel('truncated', language));
}

function attachments(pdf: PdfComposer, files: readonly PdfAttachment[], language: Language): void {
  pdf.heading(`${pdfLabel('attachments', language)} (${files.length})`);
  if (files.length === 0) {
    pdf.muted(pdfLabel('none', language));
    return;
  }
  pdf.table(
    [
      { header: pdfLabel('order', language), share: 0.5 },
      { header: pdfLabel('fileName', language), share: 4 },
      { header: pdfLabel('size', language), share: 1 },
    ],
    files.map((file, index) => [String(index + 1), file.name, formatBytes(file.size)]),
  );
}

/** `512 B`, `1.5 KB`, `23 MB`: the same units in every language. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1024) return `${Math.max(0, Math.round(bytes || 0))} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
