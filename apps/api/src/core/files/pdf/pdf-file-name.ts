import { singleLine } from './rich-text';

/**
 * A download name from a document's own text (its number): characters that mean something in paths
 * or headers (`/ \ : * ? " < > |`, control characters) become `_`, leading dots and spaces go (no
 * hidden or relative names), and the length is capped. The header itself is built by
 * `setDownloadHeaders` (RFC 6266 with the exact UTF-8 name and an ASCII fallback).
 */
export function pdfFileName(base: string, fallback: string): string {
  const cleaned = singleLine(base)
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/^[.\s_]+|[.\s]+$/g, '')
    .slice(0, 120);
  return `${cleaned || fallback}.pdf`;
}
