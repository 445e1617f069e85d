import { type LabelKey, type Language, labels, t } from '@warden/shared';

/**
 * The words printed in document PDFs, in the company language (R63), from the shared label
 * catalogue (`pdf.*`, `approvalStatus.*`, `approvalDecision.*`). The status and decision codes are
 * the approval service's and are printed raw when a code is not a known one (a new code must
 * never break a download).
 */
/** `documentNumber` for the label `pdf.documentNumber`, and so on. */
export type PdfLabelKey = PdfSuffix<LabelKey>;
type PdfSuffix<K> = K extends `pdf.${infer Suffix}` ? Suffix : never;

export function pdfLabel(key: PdfLabelKey, language: Language): string {
  return t(language, `pdf.${key}`);
}

/** The label of a status or decision code, or the code itself when it is not a known one. */
export function pdfCodeLabel(prefix: 'status' | 'decision', code: string, language: Language): string {
  const key = `${prefix === 'status' ? 'approvalStatus' : 'approvalDecision'}.${code}`;
  return Object.hasOwn(labels, key) ? t(language, key as LabelKey) : code;
}
