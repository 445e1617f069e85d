import type { Services } from '../../core/services';
import { streamOf } from '../../core/files/storage/file-storage';
import type { Employee } from '../employees/employee.entity';
import { ApprovalDecision, type ApprovalDocumentStatus } from './approval-document.entity';
import type { ApprovalLineEntryInput } from './approval-documents.inputs';

const DAY = 86_400_000;

interface DemoDocument {
  title: string;
  form: string;
  status: ApprovalDocumentStatus;
  daysAgo: number;
  body: string;
  files?: Array<{ name: string; type: string; content: string }>;
  /** Deleted this many days ago (by the second admin) when set. */
  deletedDaysAgo?: number;
}

/** A one-page PDF small enough to write by hand: a real file an admin can open. */
function tinyPdf(text: string): string {
  const stream = `BT /F1 14 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  return `${pdf}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}

const DOCUMENTS: DemoDocument[] = [
  {
    title: '2026년 3분기 마케팅 예산 집행 품의',
    form: '지출결의서',
    status: 'COMPLETED',
    daysAgo: 60,
    body: '<h2>집행 내역</h2><p>3분기 온라인 광고비 <b>12,000,000원</b> 집행을 요청합니다.</p><ul><li>검색 광고</li><li>SNS 캠페인</li></ul>',
    files: [
      { name: '예산안_3분기.csv', type: 'text/csv', content: '항목,금액\n검색 광고,7000000\nSNS 캠페인,5000000\n' },
      { name: '견적서 (최종).pdf', type: 'application/pdf', content: tinyPdf('Quotation Q3 marketing') },
    ],
    deletedDaysAgo: 3,
  },
  {
    title: '出張申請：大阪支社 定例会議',
    form: '出張申請書',
    status: 'COMPLETED',
    daysAgo: 45,
    body: '<p>大阪支社の定例会議に出席するため、出張を申請します。</p><p>期間：2日間</p>',
    files: [{ name: '旅程表.txt', type: 'text/plain', content: '1日目 東京→大阪\n2日目 会議、帰京\n' }],
    deletedDaysAgo: 9,
  },
  {
    title: 'Purchase request: 20 laptops for the new hires',
    form: 'Purchase request',
    status: 'DECLINED',
    daysAgo: 40,
    body: '<p>Requesting <strong>20 laptops</strong> for the October intake.</p><table><tr><th>Item</th><th>Qty</th></tr><tr><td>Laptop</td><td>20</td></tr></table>',
    files: [{ name: 'vendor-quote.pdf', type: 'application/pdf', content: tinyPdf('Vendor quote 20 laptops') }],
    deletedDaysAgo: 15,
  },
  {
    title: '휴가 신청 (연차 3일)',
    form: '휴가신청서',
    status: 'CANCELED',
    daysAgo: 30,
    body: '<p>개인 사유로 연차 3일을 신청합니다.</p>',
    deletedDaysAgo: 20,
  },
  {
    title: '社内システム更改の稟議 — 김민준 担当',
    form: '稟議書',
    status: 'IN_PROGRESS',
    daysAgo: 12,
    body: '<p>担当：김민준（ソウル本社）</p><p>社内システムの更改について承認をお願いします。</p>',
    deletedDaysAgo: 1,
  },
  {
    title: 'Quarterly security audit findings',
    form: 'Report',
    status: 'COMPLETED',
    daysAgo: 25,
    body: '<p>Findings of the Q3 audit, all remediated.</p><script>alert(1)</script>',
    files: [{ name: 'findings.csv', type: 'text/csv', content: 'id,finding,status\n1,Weak TLS config,fixed\n' }],
  },
  {
    title: '신규 거래처 등록 요청',
    form: '일반기안',
    status: 'IN_PROGRESS',
    daysAgo: 5,
    body: '<p>신규 거래처 등록을 요청합니다.</p>',
  },
  {
    title: '経費精算（9月分）',
    form: '経費精算書',
    status: 'DECLINED',
    daysAgo: 20,
    body: '<p>領収書が不足しているため差し戻し。</p>',
  },
  {
    title: 'Office move — cancelled plan',
    form: 'General draft',
    status: 'CANCELED',
    daysAgo: 18,
    body: '<p>The move was postponed to next year.</p>',
  },
];

const PLEDGES: Array<{ name: string; daysAgo: number; content: string; file?: { name: string; type: string; content: string }; deletedDaysAgo?: number }> = [
  { name: '정보보안 서약서', daysAgo: 80, content: '<p>본인은 회사의 정보보안 규정을 준수할 것을 서약합니다.</p>', file: { name: '서명본.pdf', type: 'application/pdf', content: tinyPdf('Signed security pledge') }, deletedDaysAgo: 2 },
  { name: '秘密保持誓約書', daysAgo: 70, content: '<p>在職中及び退職後も業務上知り得た秘密を保持することを誓約します。</p>', deletedDaysAgo: 11 },
  { name: 'Acceptable use pledge', daysAgo: 50, content: '<p>I will use company systems for business purposes only.</p>', file: { name: 'signature.txt', type: 'text/plain', content: 'Signed electronically.\n' }, deletedDaysAgo: 6 },
  { name: '개인정보 처리 서약서', daysAgo: 40, content: '<p>개인정보를 목적 외로 이용하지 않겠습니다.</p>' },
  { name: '情報セキュリティ誓約書', daysAgo: 35, content: '<p>情報セキュリティ規程を遵守します。</p>' },
  { name: 'Code of conduct acknowledgement', daysAgo: 10, content: '<p>I have read and accept the code of conduct.</p>' },
];

/**
 * Approval documents in every status and signed pledges, some with attachments (small real files
 * written through the file storage) and some deleted, so both deletion-status pages have content.
 */
export async function seedApprovalDocumentsDemo(services: Services, demo: { id: string }, employees: Employee[]): Promise<void> {
  if (employees.length < 5) return;
  const now = services.clock.now().getTime();
  const prefix = demo.id.replace(/[^A-Za-z0-9]/g, '').slice(-5).toUpperCase();
  const upload = async (file: { name: string; type: string; content: string }) =>
    (await services.storedFiles.upload(demo.id, { originalName: file.name, contentType: file.type }, streamOf(file.content), { maxBytes: 1_000_000 })).id;
  const deleters = [employees[1], employees[0]];

  for (const [index, document] of DOCUMENTS.entries()) {
    const drafter = employees[2 + (index % (employees.length - 2))];
    const createdAt = new Date(now - document.daysAgo * DAY);
    const approvers = [employees[3 + (index % 2)], employees[1]];
    const approvalLine: ApprovalLineEntryInput[] = approvers.map((approver, position) => {
      const decidedAt = new Date(createdAt.getTime() + (position + 1) * 3_600_000);
      const decision =
        document.status === 'COMPLETED'
          ? ApprovalDecision.APPROVED
          : document.status === 'DECLINED'
            ? position === 0 ? ApprovalDecision.APPROVED : ApprovalDecision.DECLINED
            : document.status === 'IN_PROGRESS'
              ? position === 0 ? ApprovalDecision.APPROVED : ApprovalDecision.PENDING
              : ApprovalDecision.PENDING;
      return { approverEmployeeId: approver.id, decision, decidedAt: decision === ApprovalDecision.PENDING ? null : decidedAt };
    });
    const attachments = [];
    for (const file of document.files ?? []) attachments.push({ fileId: await upload(file), name: null });
    const number = `${['FIN', 'GEN', 'HR'][index % 3]}-2026-${prefix}${String(index + 1).padStart(4, '0')}`;
    await services.approvalDocuments.register(demo.id, {
      documentNumber: number,
      title: document.title,
      formName: document.form,
      drafterEmployeeId: drafter.id,
      createdAt,
      status: document.status,
      body: document.body,
      approvalLine,
      attachments,
    });
    if (document.deletedDaysAgo !== undefined) {
      await services.approvalDocuments.softDelete(demo.id, number, deleters[index % 2].id, new Date(now - document.deletedDaysAgo * DAY));
    }
  }

  for (const [index, pledge] of PLEDGES.entries()) {
    const number = `PLG-2026-${prefix}${String(index + 1).padStart(4, '0')}`;
    const attachments = pledge.file ? [{ fileId: await upload(pledge.file), name: null }] : [];
    await services.pledges.register(demo.id, {
      pledgeNumber: number,
      name: pledge.name,
      signerEmployeeId: employees[2 + (index % (employees.length - 2))].id,
      signedAt: new Date(now - pledge.daysAgo * DAY),
      content: pledge.content,
      attachments,
    });
    if (pledge.deletedDaysAgo !== undefined) {
      await services.pledges.softDelete(demo.id, number, deleters[index % 2].id, new Date(now - pledge.deletedDaysAgo * DAY));
    }
  }
}
