import type { Language } from '@warden/shared';

/**
 * The words printed in document PDFs, in the company language (R63). Kept beside the renderer
 * because only PDFs print them; the status and decision codes are the approval service's and are
 * printed raw when a code is not listed here (a new code must never break a download).
 */
const LABELS = {
  approvalDocument: { ko: '결재 문서', en: 'Approval document', ja: '承認文書' },
  pledge: { ko: '서약서', en: 'Pledge', ja: '誓約書' },
  documentNumber: { ko: '문서 번호', en: 'Document number', ja: '文書番号' },
  form: { ko: '양식', en: 'Form', ja: 'フォーム' },
  drafter: { ko: '기안자', en: 'Drafter', ja: '起案者' },
  createdAt: { ko: '기안일', en: 'Created at', ja: '起案日時' },
  status: { ko: '상태', en: 'Status', ja: 'ステータス' },
  deletedAt: { ko: '삭제일', en: 'Deleted at', ja: '削除日時' },
  deletedBy: { ko: '삭제자', en: 'Deleted by', ja: '削除者' },
  pledgeNumber: { ko: '서약서 번호', en: 'Pledge number', ja: '誓約書番号' },
  pledgeName: { ko: '서약서명', en: 'Pledge name', ja: '誓約書名' },
  signer: { ko: '서명자', en: 'Signer', ja: '署名者' },
  signedAt: { ko: '서명일', en: 'Signed at', ja: '署名日時' },
  approvalLine: { ko: '결재선', en: 'Approval line', ja: '承認ルート' },
  order: { ko: '순서', en: 'No.', ja: '順番' },
  approver: { ko: '결재자', en: 'Approver', ja: '承認者' },
  decision: { ko: '결재', en: 'Decision', ja: '決裁' },
  decidedAt: { ko: '결재일', en: 'Decided at', ja: '決裁日時' },
  body: { ko: '본문', en: 'Body', ja: '本文' },
  content: { ko: '내용', en: 'Content', ja: '内容' },
  attachments: { ko: '첨부 파일', en: 'Attachments', ja: '添付ファイル' },
  fileName: { ko: '파일명', en: 'File name', ja: 'ファイル名' },
  size: { ko: '크기', en: 'Size', ja: 'サイズ' },
  none: { ko: '없음', en: 'None', ja: 'なし' },
  image: { ko: '이미지', en: 'Image', ja: '画像' },
  truncated: {
    ko: '(본문이 너무 길어 이후 내용은 생략되었습니다)',
    en: '(The body is too long; the rest is left out)',
    ja: '（本文が長すぎるため、以降は省略されています）',
  },
  'status.IN_PROGRESS': { ko: '진행 중', en: 'In progress', ja: '進行中' },
  'status.COMPLETED': { ko: '완료', en: 'Completed', ja: '完了' },
  'status.DECLINED': { ko: '반려', en: 'Declined', ja: '差し戻し' },
  'status.CANCELED': { ko: '취소', en: 'Canceled', ja: '取り消し' },
  'decision.PENDING': { ko: '대기', en: 'Pending', ja: '未決' },
  'decision.APPROVED': { ko: '승인', en: 'Approved', ja: '承認' },
  'decision.DECLINED': { ko: '반려', en: 'Declined', ja: '差し戻し' },
  'decision.SKIPPED': { ko: '생략', en: 'Skipped', ja: 'スキップ' },
  'decision.CANCELED': { ko: '취소', en: 'Canceled', ja: '取り消し' },
} as const satisfies Record<string, Readonly<Record<Language, string>>>;

export type PdfLabelKey = keyof typeof LABELS;

export function pdfLabel(key: PdfLabelKey, language: Language): string {
  return LABELS[key][language];
}

/** The label of a status or decision code, or the code itself when it is not a known one. */
export function pdfCodeLabel(prefix: 'status' | 'decision', code: string, language: Language): string {
  const key = `${prefix}.${code}`;
  return key in LABELS ? LABELS[key as PdfLabelKey][language] : code;
}
