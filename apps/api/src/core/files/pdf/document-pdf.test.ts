/**
 * The PDFs read back by an independent reader: poppler's pdftotext, pdfinfo and pdftoppm
 * (Debian's poppler-utils; .ci/run installs it).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { formatBytes, renderApprovalDocumentPdf, renderPledgePdf, type ApprovalDocumentPdf } from './document-pdf';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-pdf-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function save(stream: Readable, name: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const file = path.join(dir, name);
  fs.writeFileSync(file, Buffer.concat(chunks));
  return file;
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
const pdfPages = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file]).toString('utf8'))![1]);

const PARAGRAPH_KO = '본 문서는 2026년 하반기 마케팅 예산 집행에 관한 품의입니다. 담당 부서의 검토를 거쳐 결재를 요청하며, 세부 내역은 첨부 파일을 참고하시기 바랍니다.';

function koreanDocument(overrides: Partial<ApprovalDocumentPdf> = {}): ApprovalDocumentPdf {
  return {
    title: '2026년 하반기 마케팅 예산 집행 품의',
    documentNumber: 'FIN-2026-000123',
    form: '지출 품의서',
    drafter: '홍길동',
    createdAt: new Date('2026-11-24T23:30:00Z'),
    status: 'COMPLETED',
    approvalLine: [
      { approver: '김민준', decision: 'APPROVED', decidedAt: new Date('2026-11-25T01:00:00Z') },
      { approver: '山田太郎', decision: 'APPROVED', decidedAt: new Date('2026-11-25T02:00:00Z') },
      { approver: 'Jane Doe', decision: 'PENDING', decidedAt: null },
    ],
    bodyHtml: `<h2>개요</h2>${Array.from({ length: 14 }, (_, i) => `<p>${i + 1}. ${PARAGRAPH_KO}</p>`).join('')}<ul><li>견적서</li><li>내역서</li></ul>`,
    attachments: [
      { name: '견적서.pdf', size: 1_204_331 },
      { name: '内訳.xlsx', size: 48_213 },
    ],
    deletedAt: new Date('2026-11-25T05:00:00Z'),
    deletedBy: '관리자',
    ...overrides,
  };
}

describe('renderApprovalDocumentPdf', () => {
  it('writes a Korean document that a PDF reader parses: text, title, labels, times in the zone, 2 pages, small', async () => {
    const file = await save(renderApprovalDocumentPdf(koreanDocument(), { language: 'ko', timeZone: 'Asia/Seoul' }), 'ko.pdf');
    const text = pdfText(file);
    expect(text).toContain('2026년 하반기 마케팅 예산 집행 품의');
    for (const expected of ['문서 번호', 'FIN-2026-000123', '결재선', '김민준', '山田太郎', 'Jane Doe', '승인', '대기', '본문', '첨부 파일 (2)', '견적서.pdf', '内訳.xlsx', '1.1 MB', '47 KB']) {
      expect(text).toContain(expected);
    }
    // 23:30 UTC is 08:30 the next morning in Seoul.
    expect(text).toContain('2026-11-25 08:30:00 +09:00');
    // "n / N" (pdftotext may drop the narrow spaces around the slash).
    expect(text).toMatch(/^1 ?\/ ?2$/m);
    expect(text).toMatch(/^2 ?\/ ?2$/m);
    expect(pdfPages(file)).toBe(2);
    expect(fs.statSync(file).size).toBeLessThanOrEqual(60 * 1024);
    expect(execFileSync('pdfinfo', [file]).toString('utf8')).toMatch(/^Title:\s+2026년 하반기 마케팅 예산 집행 품의$/m);
  });

  it('renders a Korean name inside a Japanese document, with Japanese labels and kanji the KR font lacks', async () => {
    const file = await save(
      renderApprovalDocumentPdf(
        koreanDocument({
          title: '2026年度 予算執行の稟議（担当: 김민준）',
          form: '支出稟議書',
          drafter: '佐藤花子',
          bodyHtml: '<p>社内規定の内収営囲条歴を確認しました。担当者 이서연 さんに連絡済みです。</p>',
        }),
        { language: 'ja', timeZone: 'Asia/Tokyo' },
      ),
      'ja.pdf',
    );
    const text = pdfText(file);
    expect(text).toContain('2026年度 予算執行の稟議（担当: 김민준）');
    expect(text).toContain('内収営囲条歴');
    expect(text).toContain('이서연');
    for (const expected of ['文書番号', '承認ルート', '承認者', '本文', '添付ファイル (2)', '完了']) expect(text).toContain(expected);
    // Both fonts embedded as subsets: the JP font for the Japanese text, the KR font for the names.
    const fonts = execFileSync('pdffonts', [file]).toString('utf8');
    expect(fonts).toMatch(/\+NotoSansJP-Regular/);
    expect(fonts).toMatch(/\+NotoSansKR-Regular/);
    expect(fonts).not.toMatch(/Helvetica/);
  });

  it('writes English with the English labels', async () => {
    const file = await save(
      renderApprovalDocumentPdf(koreanDocument({ title: 'Quarterly budget request', bodyHtml: '<p>Reviewed by 김민준 and 山田太郎.</p>' }), {
        language: 'en',
        timeZone: 'America/New_York',
      }),
      'en.pdf',
    );
    const text = pdfText(file);
    for (const expected of ['Quarterly budget request', 'Document number', 'Approval line', 'Approved', 'Pending', 'Attachments (2)', 'Reviewed by 김민준 and 山田太郎.']) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('2026-11-24 18:30:00 -05:00');
  });

  it('is a valid PDF that pdftoppm renders to PNG pages', async () => {
    const file = await save(renderApprovalDocumentPdf(koreanDocument(), { language: 'ko', timeZone: 'Asia/Seoul' }), 'png.pdf');
    execFileSync('pdftoppm', ['-r', '40', '-png', file, path.join(dir, 'page')]);
    const pngs = fs.readdirSync(dir).filter((name) => /^page-\d+\.png$/.test(name)).sort();
    expect(pngs).toEqual(['page-1.png', 'page-2.png']);
    for (const png of pngs) {
      const bytes = fs.readFileSync(path.join(dir, png));
      expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(bytes.length).toBeGreaterThan(1_000);
    }
  });

  it('keeps a hostile body inert: no script, no remote image, huge words wrapped, control characters dropped', async () => {
    const hugeWord = 'W'.repeat(20_000);
    const file = await save(
      renderApprovalDocumentPdf(
        koreanDocument({
          title: '제목\r\n<script>alert(1)</script>',
          drafter: '홍길동\u0000\u0007',
          bodyHtml:
            `<script>alert("x")</script><img src="http://evil.example/track.png" alt="도표"><p onmouseover="x()">앞</p>` +
            `<p>${hugeWord}</p><iframe src="https://evil.example/"></iframe><ul>${'<ul><li>깊이'.repeat(40)}</ul>`,
          attachments: [{ name: `${'긴이름'.repeat(500)}.pdf`, size: 10 }],
        }),
        { language: 'ko', timeZone: 'Asia/Seoul' },
      ),
      'hostile.pdf',
    );
    const text = pdfText(file);
    expect(text).toContain('[이미지: 도표]');
    expect(text).toContain('앞');
    expect(text).not.toMatch(/alert\("x"\)|evil\.example|onmouseover/);
    // The title is printed as the text it is (a PDF runs nothing), on one line.
    expect(text).toContain('제목 <script>alert(1)</script>');
    // All 20,000 letters are there, wrapped over lines instead of running off the page.
    expect((text.match(/W/g) ?? []).length).toBe(20_000);
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThan(200);
    const raw = fs.readFileSync(file).toString('latin1');
    expect(raw).not.toMatch(/\/JavaScript|\/JS\b|\/URI|\/Launch|\/OpenAction/);
    expect(pdfPages(file)).toBeGreaterThan(2);
  });

  it('prints unknown status and decision codes as they are', async () => {
    const file = await save(
      renderApprovalDocumentPdf(koreanDocument({ status: 'ON_HOLD', approvalLine: [{ approver: '김민준', decision: 'DELEGATED', decidedAt: null }] }), {
        language: 'ko',
        timeZone: 'Asia/Seoul',
      }),
      'codes.pdf',
    );
    const text = pdfText(file);
    expect(text).toContain('ON_HOLD');
    expect(text).toContain('DELEGATED');
  });
});

describe('renderPledgePdf', () => {
  it('writes the pledge name, signer, signing time, content and attachments', async () => {
    const file = await save(
      renderPledgePdf(
        {
          pledgeNumber: 'PLG-2026-000045',
          name: '정보보안 서약서',
          signer: '김민준',
          signedAt: new Date('2026-03-02T00:15:00Z'),
          contentHtml: '<p>본인은 회사의 정보보안 규정을 준수할 것을 서약합니다.</p><ol><li>기밀 유지</li><li>자산 반납</li></ol>',
          attachments: [],
          deletedAt: new Date('2026-11-25T05:00:00Z'),
          deletedBy: '관리자',
        },
        { language: 'ko', timeZone: 'Asia/Seoul' },
      ),
      'pledge.pdf',
    );
    const text = pdfText(file);
    for (const expected of ['서약서', 'PLG-2026-000045', '정보보안 서약서', '서명자', '김민준', '2026-03-02 09:15:00 +09:00', '1. 기밀 유지', '2. 자산 반납', '첨부 파일 (0)', '없음', '삭제자']) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/^1 ?\/ ?1$/m);
    expect(pdfPages(file)).toBe(1);
  });
});

describe('formatBytes', () => {
  it('uses B, KB, MB, GB with one decimal below 10', () => {
    expect([0, 512, 1024, 48_213, 1_204_331, 5 * 1024 ** 3].map(formatBytes)).toEqual(['0 B', '512 B', '1.0 KB', '47 KB', '1.1 MB', '5.0 GB']);
  });
});
