import { DateTime } from 'luxon';
import { type Language, Service } from '@warden/shared';
import { streamOf } from '../../core/files/storage/file-storage';
import type { Services } from '../../core/services';
import type { Employee } from '../employees/employee.entity';
import { type Rgb, tinyGif, tinyPng } from './tiny-images';

/** A one-page PDF with a line of ASCII text: a real file for demo attachments, made without a renderer. */
export function tinyPdf(text: string): Buffer {
  const safe = text.replace(/[^\x20-\x7e]/g, '?').replace(/[()\\]/g, '\\$&');
  const stream = `BT /F1 14 Tf 56 780 Td (${safe}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

interface DemoTexts {
  slips: Array<[title: string, amount: string, currency: string]>;
  vendors: Array<{ name: string; number: string; representative: string; contact: string; address: string }>;
  notices: Array<{ title: string; body: string }>;
  /** File names (any script) and the ASCII line printed in the demo PDF. */
  files: { quote: string; receipt: string; guide: string; registration: string };
  pdfText: string;
}

const TEXTS: Record<Language, DemoTexts> = {
  en: {
    slips: [
      ['Office supplies (사무용품)', '182000', 'KRW'],
      ['Forklift maintenance, Incheon hub', '2450000', 'KRW'],
      ['Client dinner, Tokyo', '48600', 'JPY'],
      ['Cloud hosting, October', '1830.40', 'USD'],
      ['Fuel cards, November', '3120000', 'KRW'],
      ['Warehouse racks (pending approval)', '15800000', 'KRW'],
    ],
    vendors: [
      { name: 'Hanbit Parts Co., Ltd.', number: '123-45-67890', representative: 'Kim Minjun', contact: '+82-2-555-0101', address: '110 Sejong-daero, Jung-gu, Seoul' },
      { name: 'Tokyo Freight K.K.', number: 'T1234567890123', representative: 'Sato Haruto', contact: 'sales@tokyofreight.example', address: '1-1 Marunouchi, Chiyoda-ku, Tokyo' },
      { name: 'Blue Harbor Fuel', number: '220-81-12345', representative: 'Olivia Smith', contact: '+82-32-555-0199', address: 'Incheon Port, Pier 3' },
    ],
    notices: [
      { title: 'System maintenance on Saturday night', body: '<p>The groupware will be <b>unavailable</b> from 22:00 to 02:00.</p><p><img src="https://board.works.example/img/maintenance.png" alt="Maintenance window"></p><p>Questions: <a href="mailto:it@hanbit.example">it@hanbit.example</a></p>' },
      { title: 'Year-end tax settlement (연말정산) schedule', body: '<ul><li>Documents due: January 15</li><li>Review: January 20–31</li></ul><p>See the attached guide.</p>' },
      { title: 'New safety rules at the Incheon hub', body: '<p>Helmets are required in all loading areas. <a href="https://intranet.example/safety">Details</a></p>' },
    ],
    files: { quote: 'Quotation - Hanbit Parts', receipt: 'Receipt', guide: 'Guide (안내문)', registration: 'Business registration certificate' },
    pdfText: 'Hanbit Logistics demo document',
  },
  ja: {
    slips: [
      ['事務用品の購入', '12800', 'JPY'],
      ['出張旅費（大阪）', '35400', 'JPY'],
      ['サーバー保守費用', '220000', 'JPY'],
      ['接待交際費（進行中）', '48000', 'JPY'],
    ],
    vendors: [
      { name: '株式会社さくら物流', number: 'T2010001012345', representative: '佐藤 陽翔', contact: '03-5555-0101', address: '東京都千代田区丸の内1-1-1' },
      { name: '有限会社みどり印刷', number: 'T3010402012345', representative: '鈴木 結衣', contact: 'info@midori.example', address: '大阪府大阪市北区梅田2-2-2' },
    ],
    notices: [
      { title: '年末年始の休業について', body: '<p>12月29日から1月3日まで休業します。</p><p><img src="https://board.works.example/img/holiday.gif" alt="休業案内"></p>' },
      { title: '健康診断のお知らせ', body: '<p>今年度の健康診断は<strong>11月</strong>に実施します。添付の案内をご確認ください。</p>' },
    ],
    files: { quote: '見積書', receipt: '領収書', guide: '案内', registration: '登記事項証明書' },
    pdfText: 'Sakura Shoji demo document',
  },
  ko: {
    slips: [
      ['사무용품 구입', '182000', 'KRW'],
      ['디자인 툴 라이선스', '1320000', 'KRW'],
      ['고객 미팅 식대 (진행 중)', '86000', 'KRW'],
    ],
    vendors: [{ name: '(주)한빛인쇄', number: '123-45-67890', representative: '김민준', contact: '02-555-0101', address: '서울특별시 중구 세종대로 110' }],
    notices: [
      { title: '사무실 이전 안내', body: '<p>12월 1일부터 새 사무실에서 근무합니다.</p><p><img src="https://board.works.example/img/map.png" alt="약도"></p>' },
      { title: '연말정산 일정', body: '<p>증빙 서류는 1월 15일까지 제출해 주세요.</p>' },
    ],
    files: { quote: '견적서', receipt: '영수증', guide: '안내문', registration: '사업자등록증' },
    pdfText: 'Saebom Design demo document',
  },
};

const COLORS: Rgb[] = [[25, 118, 210], [56, 142, 60], [245, 124, 0], [123, 31, 162], [211, 47, 47], [0, 137, 123]];

/**
 * Demo rows for the source domains a demo company subscribes to, written through the same services
 * the registration mutations use (so they are validated alike), with small real files in the file
 * storage: closed and in-progress slips with attachments, vendors, profile photos (PNG and GIF) and
 * notices with an image and an attachment.
 */
export async function seedSourceDomainsDemo(
  services: Services,
  company: { id: string; language: Language; timeZone: string; subscribedServices: readonly Service[] },
  employees: readonly Employee[],
): Promise<void> {
  const { storedFiles, clock } = services;
  const texts = TEXTS[company.language];
  const now = DateTime.fromJSDate(clock.now(), { zone: company.timeZone });
  const upload = async (originalName: string, contentType: string, bytes: Buffer) =>
    (await storedFiles.upload(company.id, { originalName, contentType }, streamOf(bytes), { maxBytes: 1_000_000 })).id;
  const subscribed = (service: Service) => company.subscribedServices.includes(service);

  if (subscribed(Service.ACCOUNTING)) {
    const { accounting } = services;
    for (const [index, [title, amount, currency]] of texts.slips.entries()) {
      const day = now.minus({ days: 50 - index * 9 }).set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
      // The last slip of each company is still in progress: exports leave it out (R43).
      const inProgress = index === texts.slips.length - 1;
      const attachmentFileIds = index % 2 === 0 ? [await upload(`${texts.files.quote}.pdf`, 'application/pdf', tinyPdf(`${texts.pdfText}: quotation ${index + 1}`))] : [];
      if (index === 1) attachmentFileIds.push(await upload(`${texts.files.receipt}.csv`, 'text/csv', Buffer.from(`item,amount\n${title.replace(/,/g, ' ')},${amount}\n`)));
      await accounting.registerSlip(company.id, {
        slipNumber: `${day.toFormat('yyyyMMdd')}-${String(index + 1).padStart(4, '0')}`,
        slipDate: day.toISODate()!,
        title,
        amount,
        currency,
        drafterEmployeeId: employees[(index * 7) % employees.length].id,
        status: inProgress ? 'IN_PROGRESS' : 'CLOSED',
        createdAt: day.toJSDate(),
        attachmentFileIds,
      });
    }
    for (const [index, vendor] of texts.vendors.entries()) {
      await accounting.registerVendor(company.id, {
        businessRegistrationNumber: vendor.number,
        name: vendor.name,
        representative: vendor.representative,
        contact: vendor.contact,
        address: vendor.address,
        attachmentFileIds: index === 0 ? [await upload(`${texts.files.registration}.pdf`, 'application/pdf', tinyPdf(`${texts.pdfText}: ${vendor.number}`))] : [],
      });
    }
  }

  if (subscribed(Service.HR)) {
    const photos = services.profilePhotos;
    for (const [index, employee] of employees.slice(0, 8).entries()) {
      const color = COLORS[index % COLORS.length];
      const [name, type, bytes] = index % 3 === 2 ? ['photo.gif', 'image/gif', tinyGif(color)] : ['photo.png', 'image/png', tinyPng(color, [250, 250, 250], 32)];
      await photos.setPhoto(company.id, employee.id, await upload(name, type, bytes));
    }
  }

  if (subscribed(Service.BOARD)) {
    const { board } = services;
    for (const [index, notice] of texts.notices.entries()) {
      const source = /<img src="([^"]+)"/.exec(notice.body)?.[1];
      const images = source
        ? [{ fileId: await upload(source.endsWith('.gif') ? 'image.gif' : 'image.png', 'application/octet-stream', source.endsWith('.gif') ? tinyGif(COLORS[index]) : tinyPng(COLORS[index], [255, 255, 255], 48)), source }]
        : [];
      await board.registerNotice(company.id, {
        sourceNoticeId: `demo-notice-${index + 1}`,
        title: notice.title,
        authorEmployeeId: employees[index % employees.length].id,
        bodyHtml: notice.body,
        postedAt: now.minus({ days: 30 - index * 10 }).set({ hour: 9, minute: 30, second: 0, millisecond: 0 }).toJSDate(),
        images,
        attachmentFileIds: index < 2 ? [await upload(`${texts.files.guide}.pdf`, 'application/pdf', tinyPdf(`${texts.pdfText}: notice ${index + 1}`))] : [],
      });
    }
  }
}
