/**
 * `pnpm bench pdf [seconds-per-language]`: PDFs per second on one core and bytes per PDF for
 * 2-page approval documents in Korean, Japanese and English, each with Korean, Japanese and Latin
 * names mixed in (so every document uses both fonts). One process, one thread: the figure is per
 * core (PDFs per CPU-second as well, which holds when other processes share the cores). The first
 * document pays for reading and parsing the fonts; it is reported apart, and so is what parsing the
 * fonts for every document would cost instead.
 * Goals: ≥ 40 PDFs/s per core and ≤ 60 KB per Korean PDF.
 */
import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import type { Language } from '@warden/shared';
import { renderApprovalDocumentPdf, type ApprovalDocumentPdf } from '@warden/api/src/core/files/pdf/document-pdf';
import { parsePdfFont } from '@warden/api/src/core/files/pdf/pdf-fonts';

const SECONDS = Number(process.argv[2] ?? 5);
const NAMES = ['김민준', '山田太郎', 'Jane Doe', '이서연', '佐藤花子', 'John Smith'];

const PARAGRAPHS: Record<Language, string> = {
  ko: '본 문서는 2026년 하반기 마케팅 예산 집행에 관한 품의입니다. 담당 부서의 검토를 거쳐 결재를 요청하며, 세부 집행 내역과 거래처 견적은 첨부 파일을 참고하시기 바랍니다. 집행 일정은 분기별로 나누어 진행합니다.',
  ja: '本文書は2026年度下期のマーケティング予算執行に関する稟議です。担当部署の確認を経て承認を申請します。詳細な執行内訳と取引先の見積は添付ファイルをご参照ください。執行日程は四半期ごとに分けて進めます。',
  en: 'This document requests approval for the second-half 2026 marketing budget. The responsible department has reviewed it; the detailed spending plan and the suppliers’ quotes are attached. Spending is scheduled quarter by quarter.',
};
const TITLES: Record<Language, string> = {
  ko: '2026년 하반기 마케팅 예산 집행 품의',
  ja: '2026年度下期 マーケティング予算執行の稟議',
  en: 'Second-half 2026 marketing budget request',
};

function sampleDocument(language: Language, n: number): ApprovalDocumentPdf {
  const name = (i: number) => NAMES[(n + i) % NAMES.length];
  const paragraphs = Array.from({ length: 13 }, (_, i) => `<p>${i + 1}. ${PARAGRAPHS[language]} (${name(i)})</p>`).join('');
  const at = new Date(Date.UTC(2026, 10, 25, 1, 0, 0) - n * 60_000);
  return {
    title: `${TITLES[language]} #${n}`,
    documentNumber: `FIN-2026-${String(n).padStart(6, '0')}`,
    form: language === 'ja' ? '支出稟議書' : language === 'ko' ? '지출 품의서' : 'Expense request',
    drafter: name(0),
    createdAt: at,
    status: 'COMPLETED',
    approvalLine: [0, 1, 2].map((i) => ({ approver: name(i + 1), decision: 'APPROVED', decidedAt: new Date(at.getTime() + (i + 1) * 3_600_000) })),
    bodyHtml: `<h2>${TITLES[language]}</h2>${paragraphs}<ul><li>${name(1)}</li><li>${name(2)}</li></ul>`,
    attachments: [
      { name: `${TITLES[language]}.xlsx`, size: 48_213 },
      { name: 'quote-2026.pdf', size: 1_204_331 },
    ],
    deletedAt: new Date(at.getTime() + 86_400_000),
    deletedBy: name(3),
  };
}

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function main(): Promise<void> {
  const firstStarted = performance.now();
  await bytesOf(renderApprovalDocumentPdf(sampleDocument('ja', 0), { language: 'ja', timeZone: 'Asia/Tokyo' }));
  const first = performance.now() - firstStarted;
  console.log(`first document (reads and parses the four fonts once): ${first.toFixed(0)} ms`);
  console.log(`steady state, ${SECONDS} s per language, one core:`);
  // PDFs/s is wall clock; PDFs per CPU-second is the same work measured in this process's CPU time,
  // which stays right when other processes share the cores.
  console.log('language  PDFs/s   ms/PDF  CPU ms/PDF  PDFs/CPU-s  bytes/PDF (min–max)   pages');
  for (const language of ['ko', 'ja', 'en'] as const) {
    for (let i = 0; i < 20; i += 1) await bytesOf(renderApprovalDocumentPdf(sampleDocument(language, i), { language, timeZone: 'Asia/Seoul' }));
    let count = 0;
    let bytes = 0;
    let min = Infinity;
    let max = 0;
    let pages = 0;
    const cpu = process.cpuUsage();
    const started = performance.now();
    while (performance.now() - started < SECONDS * 1000) {
      const pdf = await bytesOf(renderApprovalDocumentPdf(sampleDocument(language, count), { language, timeZone: 'Asia/Seoul' }));
      count += 1;
      bytes += pdf.length;
      min = Math.min(min, pdf.length);
      max = Math.max(max, pdf.length);
      if (count === 1) pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    }
    const elapsed = performance.now() - started;
    const used = process.cpuUsage(cpu);
    console.log(
      `${language.padEnd(9)} ${((count / elapsed) * 1000).toFixed(1).padStart(6)}  ${(elapsed / count).toFixed(1).padStart(7)}  ${((used.user + used.system) / 1000 / count).toFixed(1).padStart(10)}  ${((count * 1e6) / (used.user + used.system)).toFixed(1).padStart(10)}  ${Math.round(bytes / count).toLocaleString('en').padStart(9)} (${min.toLocaleString('en')}–${max.toLocaleString('en')})  ${String(pages).padStart(5)}`,
    );
  }
  // What parsing per document would cost instead: open the two regular fonts a document always
  // uses and lay out one Korean and one Japanese word (which loads the tables layout needs).
  const rounds = 10;
  const parseStarted = performance.now();
  for (let i = 0; i < rounds; i += 1) {
    for (const face of ['kr', 'jp'] as const) parsePdfFont(face, 'regular').layout('결재 承認 Approval');
  }
  console.log(`re-parsing the two regular fonts per document instead would add ${((performance.now() - parseStarted) / rounds).toFixed(1)} ms per PDF`);
  console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
