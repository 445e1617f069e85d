import { attachmentHeader } from '../../downloads/downloads';
import { pdfFileName } from './pdf-file-name';

describe('pdfFileName', () => {
  it('keeps a document number as it is', () => {
    expect(pdfFileName('FIN-2026-000123', 'document')).toBe('FIN-2026-000123.pdf');
    expect(pdfFileName('결재-2026_01', 'document')).toBe('결재-2026_01.pdf');
  });

  it('neutralises paths, header breakers and hidden names', () => {
    expect(pdfFileName('../../x', 'document')).toBe('x.pdf');
    expect(pdfFileName('a/b\\c:d*e?f"g<h>i|j', 'document')).toBe('a_b_c_d_e_f_g_h_i_j.pdf');
    expect(pdfFileName('line\r\nSet-Cookie: x=1', 'document')).toBe('line Set-Cookie_ x=1.pdf');
    expect(pdfFileName('\u0000..', 'document')).toBe('document.pdf');
    expect(pdfFileName('x'.repeat(500), 'document')).toHaveLength(124);
  });

  it('gives a header with no CR/LF or quotes from any input', () => {
    const header = attachmentHeader(pdfFileName('"quoted"\r\n; filename=evil.exe', 'document'));
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''[^"\s;]+$/);
  });
});
