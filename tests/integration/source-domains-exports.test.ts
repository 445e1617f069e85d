import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { type DataExportItem, Permission } from '@warden/shared';
import type { Company } from '@warden/api/src/features/companies/company.entity';
import type { ExportItemSource, ExportSourceContext } from '@warden/api/src/features/data-exports/sources/export-source';
import { createExportSources } from '@warden/api/src/features/data-exports/sources/export-sources';
import { seedSourceDomainsDemo } from '@warden/api/src/features/source-domains/demo-source-domains';
import { tinyGif, tinyPng } from '@warden/api/src/features/source-domains/tiny-images';
import { StoredFilesService } from '@warden/api/src/features/stored-files/stored-files.service';
import { buildApiToken, buildCompany, buildEmployee } from '../support/factories';
import { REGISTER_NOTICE, REGISTER_SLIP, REGISTER_VENDOR, SET_PHOTO, mustRegister, slipInput, uploadFile } from '../support/source-domain-fixtures';
import { type TestServer, startTestServer } from '../support/test-server';

interface Collected {
  path: string[];
  size: number;
  compression?: string;
  bytes: Buffer;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

async function collect(source: ExportItemSource, ctx: ExportSourceContext): Promise<Collected[]> {
  const out: Collected[] = [];
  for await (const entry of source.entries(ctx)) {
    const chunks: Buffer[] = [];
    for await (const chunk of await entry.open()) chunks.push(chunk as Buffer);
    out.push({ path: [...entry.path], size: entry.size, compression: entry.compression, bytes: Buffer.concat(chunks) });
  }
  return out;
}

function sheetRows(bytes: Buffer): unknown[][] {
  const workbook = XLSX.read(bytes, { type: 'buffer' });
  return XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[workbook.SheetNames[0]], { header: 1, defval: null });
}

describe('export sources of the source domains (ACCOUNTING_*, HR_*, BOARD_NOTICES)', () => {
  let server: TestServer;
  let company: Company;
  let token: string;
  let sources: ReadonlyMap<DataExportItem, ExportItemSource>;
  let snapshotAt: Date;
  let workDir: string;
  const files: Record<string, { id: string; bytes: Buffer }> = {};
  const people: Record<string, { id: string; name: string }> = {};

  const ctx = (overrides: Partial<ExportSourceContext> = {}): ExportSourceContext => ({
    companyId: company.id,
    language: 'ko',
    timeZone: 'Asia/Seoul',
    period: { from: null, to: null },
    includeAttachments: true,
    snapshotAt,
    workDir,
    signal: new AbortController().signal,
    ...overrides,
  });
  const MARCH = { from: new Date('2026-03-01T00:00:00+09:00'), to: new Date('2026-03-31T23:59:59.999+09:00') };
  const source = (item: DataExportItem) => sources.get(item)!;
  const upload = async (key: string, name: string, bytes: Buffer, type = 'application/octet-stream') => {
    files[key] = { id: await uploadFile(server.url, token, name, bytes, type), bytes };
    return files[key].id;
  };

  beforeAll(async () => {
    server = await startTestServer();
    const { dataSource, services, config, clock, logger } = { ...server.warden, ...server.warden.services, config: server.warden.config };
    sources = createExportSources({ dataSource, files: services.files, clock, logger, config });
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-sources-'));
    company = await buildCompany(dataSource, { name: '한빛 소스', language: 'ko', timeZone: 'Asia/Seoul' });
    token = await buildApiToken(services, company.id, [Permission.SERVICE_DATA_WRITE]);
    people.drafter = await buildEmployee(dataSource, company.id, { name: '김민준', department: '재무팀' });
    people.second = await buildEmployee(dataSource, company.id, { name: '이서연', department: '인사팀' });
    people.namesake = await buildEmployee(dataSource, company.id, { name: '김민준', department: '영업팀' });

    await upload('quote', '견적서.pdf', Buffer.from('%PDF-1.4 견적서'), 'application/pdf');
    await upload('memo', 'memo:1.txt', Buffer.from('메모 memo'), 'text/plain');
    await upload('license', '사업자등록증.pdf', Buffer.from('%PDF-1.4 license'), 'application/pdf');
    await upload('photo1', 'p1.png', tinyPng([0, 90, 200]), 'image/png');
    await upload('photo2', 'p2.gif', tinyGif([200, 0, 0]), 'image/gif');
    await upload('photo3', 'p3.gif', tinyGif([0, 200, 0]), 'image/gif');
    await upload('banner', 'banner.png', tinyPng([10, 10, 10]), 'image/png');
    await upload('notice', '안내문.pdf', Buffer.from('%PDF-1.4 notice'), 'application/pdf');

    const slip = (overrides: Parameters<typeof slipInput>[1]) => mustRegister(server.url, REGISTER_SLIP, { input: slipInput(people.drafter.id, overrides) }, token);
    await slip({ slipNumber: 'S-0001', slipDate: '2026-03-14', amount: '1250000', attachmentFileIds: [files.quote.id, files.memo.id] });
    await slip({ slipNumber: 'S-0002', slipDate: '2026-03-15', amount: '123456789012345.6789', currency: 'JPY', title: '=HYPERLINK("http://x")' });
    await slip({ slipNumber: 'S-0003', slipDate: '2026-03-14', status: 'IN_PROGRESS', attachmentFileIds: [files.quote.id] });
    await slip({ slipNumber: 'S-0004', slipDate: '2026-04-01', amount: '-12.50', currency: 'USD' });

    await mustRegister(server.url, REGISTER_VENDOR, { input: { businessRegistrationNumber: '123-45-67890', name: '(주)한빛상사', representative: '이서연', contact: '02-1234-5678', address: '서울특별시 중구\n3층', attachmentFileIds: [files.license.id] } }, token);
    await mustRegister(server.url, REGISTER_VENDOR, { input: { businessRegistrationNumber: '220-81-00000', name: '가나물산' } }, token);

    await mustRegister(server.url, SET_PHOTO, { employeeId: people.drafter.id, fileId: files.photo1.id }, token);
    await mustRegister(server.url, SET_PHOTO, { employeeId: people.second.id, fileId: files.photo2.id }, token);

    await mustRegister(
      server.url,
      REGISTER_NOTICE,
      {
        input: {
          sourceNoticeId: 'N-1',
          title: '점검 <b>안내</b> & "공지"',
          authorEmployeeId: people.second.id,
          // 23:30 UTC on the 14th is the 15th in Seoul: the folder follows the company zone.
          postedAt: '2026-03-14T23:30:00Z',
          bodyHtml:
            '<p onclick="steal()">본문 <img src="https://board.example/i/1.png" onerror="x()" alt="배너"></p>' +
            '<script>alert(1)</script><img src="https://evil.example/track.gif"><a href="https://evil.example/phish">링크</a>' +
            '<div style="background:url(https://evil.example/bg)">끝</div>',
          images: [{ fileId: files.banner.id, source: 'https://board.example/i/1.png' }],
          attachmentFileIds: [files.notice.id],
        },
      },
      token,
    );

    await tick();
    snapshotAt = new Date();
    await tick();
    // After the snapshot: none of these may appear in this export.
    await slip({ slipNumber: 'S-0005', slipDate: '2026-03-16' });
    await mustRegister(server.url, REGISTER_VENDOR, { input: { businessRegistrationNumber: '999-99-99999', name: '나중상사' } }, token);
    await mustRegister(server.url, SET_PHOTO, { employeeId: people.drafter.id, fileId: files.photo3.id }, token);
    await buildEmployee(dataSource, company.id, { name: '나중 입사' });
    await mustRegister(server.url, REGISTER_NOTICE, { input: { sourceNoticeId: 'N-2', title: '나중 공지', authorEmployeeId: people.second.id, postedAt: '2026-03-20T10:00:00+09:00', bodyHtml: '<p>x</p>' } }, token);
  });
  afterAll(async () => {
    fs.rmSync(workDir, { recursive: true, force: true });
    await server.close();
  });

  it('registers a source for each of the five items', () => {
    for (const item of ['ACCOUNTING_SLIPS', 'ACCOUNTING_VENDORS', 'HR_EMPLOYEE_LIST', 'HR_PROFILE_PHOTOS', 'BOARD_NOTICES'] as const) {
      expect(sources.get(item)?.item).toBe(item);
    }
  });

  describe('ACCOUNTING_SLIPS', () => {
    it('lists closed slips of the period by slip date, with attachments in YYYY/MM/DD folders by slip date', async () => {
      const context = ctx({ period: MARCH });
      const entries = await collect(source('ACCOUNTING_SLIPS'), context);
      expect(entries.map((entry) => entry.path.join('/'))).toEqual([
        '회계/전표/전표.xlsx',
        '회계/전표/2026/03/14/S-0001_첨부파일/견적서.pdf',
        '회계/전표/2026/03/14/S-0001_첨부파일/memo_1.txt',
      ]);
      expect(await source('ACCOUNTING_SLIPS').count(context)).toBe(entries.length);
      for (const entry of entries) expect(entry.bytes.length).toBe(entry.size);
      expect(entries[1].bytes).toEqual(files.quote.bytes);
      expect(entries.map((entry) => entry.compression)).toEqual(['STORE', 'STORE', 'DEFLATE']);

      const rows = sheetRows(entries[0].bytes);
      expect(rows[0]).toEqual(['전표 번호', '전표 일자', '적요', '금액', '통화', '작성자', '상태', '작성 일시', '첨부파일']);
      expect(rows.slice(1)).toEqual([
        ['S-0001', '2026-03-14', '사무용품 구입', 1250000, 'KRW', '김민준', '마감', '2026-03-14 09:30:00 +09:00', '견적서.pdf\nmemo:1.txt'],
        // 19 significant digits do not fit a double: kept as text. A formula-looking title stays text.
        ['S-0002', '2026-03-15', '=HYPERLINK("http://x")', '123456789012345.6789', 'JPY', '김민준', '마감', '2026-03-14 09:30:00 +09:00', null],
      ]);
    });

    it('takes every closed slip without a period, and leaves attachments out when asked', async () => {
      const context = ctx({ includeAttachments: false });
      const entries = await collect(source('ACCOUNTING_SLIPS'), context);
      expect(entries.map((entry) => entry.path.join('/'))).toEqual(['회계/전표/전표.xlsx']);
      expect(await source('ACCOUNTING_SLIPS').count(context)).toBe(1);
      expect(sheetRows(entries[0].bytes).map((row) => row[0])).toEqual(['전표 번호', 'S-0001', 'S-0002', 'S-0004']);
      expect(sheetRows(entries[0].bytes)[3][3]).toBe(-12.5);
    });

    it('writes headers in the company language (Japanese)', async () => {
      const entries = await collect(source('ACCOUNTING_SLIPS'), ctx({ language: 'ja', includeAttachments: false }));
      expect(entries[0].path).toEqual(['会計', '伝票', '伝票.xlsx']);
      expect(sheetRows(entries[0].bytes)[0]).toEqual(['伝票番号', '伝票日付', '摘要', '金額', '通貨', '起票者', '状態', '作成日時', '添付ファイル']);
    });

    it('shows nothing of another company', async () => {
      const entries = await collect(source('ACCOUNTING_SLIPS'), ctx({ companyId: server.fixtures.otherCompany.id }));
      expect(entries).toHaveLength(1);
      expect(sheetRows(entries[0].bytes)).toHaveLength(1);
    });
  });

  describe('ACCOUNTING_VENDORS', () => {
    it('lists the vendors registered by the snapshot, with attachments beside them', async () => {
      const context = ctx();
      const entries = await collect(source('ACCOUNTING_VENDORS'), context);
      expect(entries.map((entry) => entry.path.join('/'))).toEqual(['회계/거래처/거래처.xlsx', '회계/거래처/(주)한빛상사_123-45-67890_첨부파일/사업자등록증.pdf']);
      expect(await source('ACCOUNTING_VENDORS').count(context)).toBe(2);
      expect(entries[1].bytes).toEqual(files.license.bytes);
      const rows = sheetRows(entries[0].bytes);
      expect(rows[0]).toEqual(['거래처명', '사업자등록번호', '대표자', '연락처', '주소', '등록 일시', '첨부파일']);
      expect(rows.slice(1).map((row) => row.slice(0, 5))).toEqual([
        ['(주)한빛상사', '123-45-67890', '이서연', '02-1234-5678', '서울특별시 중구\n3층'],
        ['가나물산', '220-81-00000', null, null, null],
      ]);
      expect(rows[1][5]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+09:00$/);
    });
  });

  describe('HR_EMPLOYEE_LIST and HR_PROFILE_PHOTOS', () => {
    it('lists the employees of the snapshot with their photo file names', async () => {
      const entries = await collect(source('HR_EMPLOYEE_LIST'), ctx());
      expect(entries.map((entry) => entry.path.join('/'))).toEqual(['인사/구성원 목록.xlsx']);
      const rows = sheetRows(entries[0].bytes);
      expect(rows[0]).toEqual(['이름', '로그인 ID', '이메일', '부서', '상태', '등록 일시', '프로필 사진']);
      // In name order (namesakes by id); the employee who joined after the snapshot is not listed.
      const listed = rows.slice(1).map((row) => [row[0], row[3], row[4], row[6]]);
      expect(listed.map((row) => row[0])).toEqual(['김민준', '김민준', '이서연']);
      expect(listed).toEqual(
        expect.arrayContaining([
          ['김민준', '재무팀', '사용', `김민준_${people.drafter.id}.png`],
          ['김민준', '영업팀', '사용', null],
          ['이서연', '인사팀', '사용', `이서연_${people.second.id}.gif`],
        ]),
      );
    });

    it('exports each photo as stored, as it was at the snapshot, named by employee name and id', async () => {
      const context = ctx();
      const entries = await collect(source('HR_PROFILE_PHOTOS'), context);
      expect(await source('HR_PROFILE_PHOTOS').count(context)).toBe(2);
      const byPath = Object.fromEntries(entries.map((entry) => [entry.path.join('/'), entry]));
      expect(Object.keys(byPath).sort()).toEqual([`인사/프로필 사진/김민준_${people.drafter.id}.png`, `인사/프로필 사진/이서연_${people.second.id}.gif`].sort());
      // The drafter's photo was replaced after the snapshot: the export keeps the earlier one.
      expect(byPath[`인사/프로필 사진/김민준_${people.drafter.id}.png`].bytes).toEqual(files.photo1.bytes);
      expect(byPath[`인사/프로필 사진/이서연_${people.second.id}.gif`].bytes).toEqual(files.photo2.bytes);
      expect(entries.every((entry) => entry.compression === 'STORE')).toBe(true);
    });
  });

  describe('BOARD_NOTICES', () => {
    it('writes one sanitised standalone page per notice, its images at the relative paths it links, and attachments beside', async () => {
      const context = ctx();
      const entries = await collect(source('BOARD_NOTICES'), context);
      expect(await source('BOARD_NOTICES').count(context)).toBe(entries.length);
      const folder = '게시판/공지사항/2026/03/15/점검 _b_안내__b_ & _공지_';
      expect(entries.map((entry) => entry.path.join('/'))).toEqual([`${folder}/점검 _b_안내__b_ & _공지_.html`, `${folder}/이미지/01.png`, `${folder}/첨부파일/안내문.pdf`]);
      expect(entries[1].bytes).toEqual(files.banner.bytes);
      expect(entries[2].bytes).toEqual(files.notice.bytes);

      const html = entries[0].bytes.toString('utf8');
      expect(html).toMatch(/^<!DOCTYPE html>/);
      expect(html).toContain('<title>점검 &lt;b&gt;안내&lt;/b&gt; &amp; &quot;공지&quot;</title>');
      expect(html).toContain('<dd>이서연</dd>');
      expect(html).toContain('<dd>2026-03-15 08:30:00 +09:00</dd>');
      expect(html).toContain(`src="${encodeURIComponent('이미지')}/01.png"`);
      expect(html).toContain(`href="${encodeURIComponent('첨부파일')}/${encodeURIComponent('안내문.pdf')}"`);
      expect(html).toContain("default-src 'none'");
      for (const forbidden of ['<script', 'alert(1)', 'onclick', 'onerror', 'style="', 'https://evil.example/track', 'url(', 'href="https://']) {
        expect(html).not.toContain(forbidden);
      }
      // The link's text stays; its address is shown but not followed.
      expect(html).toContain('<a title="https://evil.example/phish">링크</a>');
      // The relative image path resolves to the exported image entry.
      const imageSrc = decodeURIComponent(/<img[^>]*src="([^"]+)"/.exec(html)![1]);
      expect(path.posix.join(folder, imageSrc)).toBe(entries[1].path.join('/'));
    });

    it('keeps the images but leaves attachments (and their links) out when asked', async () => {
      const entries = await collect(source('BOARD_NOTICES'), ctx({ includeAttachments: false }));
      expect(entries.map((entry) => entry.path[entry.path.length - 1])).toEqual(['점검 _b_안내__b_ & _공지_.html', '01.png']);
      expect(entries[0].bytes.toString('utf8')).not.toContain('안내문.pdf');
      expect(await source('BOARD_NOTICES').count(ctx({ includeAttachments: false }))).toBe(2);
    });

    it('applies the period to the posting time', async () => {
      const april = { from: new Date('2026-04-01T00:00:00+09:00'), to: null };
      expect(await collect(source('BOARD_NOTICES'), ctx({ period: april }))).toEqual([]);
    });
  });

  it('names the largest stored file each item would export, by the same snapshot, period and attachment rules (R44)', async () => {
    const size = (key: string) => files[key].bytes.length;
    const largest = (item: DataExportItem, overrides: Partial<ExportSourceContext> = {}) => {
      const { workDir: _workDir, signal: _signal, ...plan } = ctx(overrides);
      return source(item).largestFile!(plan);
    };
    // S-0001 holds the quote and the memo; S-0003 (in progress) also the quote; S-0005 came after the snapshot.
    const slipFile = size('quote') >= size('memo') ? { name: '견적서.pdf', bytes: size('quote') } : { name: 'memo:1.txt', bytes: size('memo') };
    expect(await largest('ACCOUNTING_SLIPS')).toEqual({ ...slipFile, document: 'S-0001' });
    expect(await largest('ACCOUNTING_SLIPS', { period: MARCH })).toEqual({ ...slipFile, document: 'S-0001' });
    expect(await largest('ACCOUNTING_SLIPS', { includeAttachments: false })).toBeNull();
    expect(await largest('ACCOUNTING_SLIPS', { period: { from: new Date('2026-04-01T00:00:00+09:00'), to: null } })).toBeNull();
    expect(await largest('ACCOUNTING_VENDORS')).toEqual({ name: '사업자등록증.pdf', document: '(주)한빛상사', bytes: size('license') });
    // The photos at the snapshot (photo3 replaced photo1 only afterwards).
    const photo = size('photo1') >= size('photo2') ? { document: people.drafter.name, bytes: size('photo1') } : { document: people.second.name, bytes: size('photo2') };
    expect(await largest('HR_PROFILE_PHOTOS')).toMatchObject(photo);
    // Images always, attachments only when included.
    const withAttachments = size('notice') >= size('banner') ? { name: '안내문.pdf', bytes: size('notice') } : { name: 'banner.png', bytes: size('banner') };
    expect(await largest('BOARD_NOTICES')).toMatchObject(withAttachments);
    expect(await largest('BOARD_NOTICES', { includeAttachments: false })).toMatchObject({ name: 'banner.png', bytes: size('banner') });
    expect(await largest('ACCOUNTING_SLIPS', { companyId: server.fixtures.company.id })).toBeNull();
    expect(source('HR_EMPLOYEE_LIST').largestFile).toBeUndefined();
  });

  it('stops when the export is aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('canceled'));
    for (const item of ['ACCOUNTING_SLIPS', 'HR_PROFILE_PHOTOS', 'BOARD_NOTICES'] as const) {
      await expect(collect(source(item), ctx({ signal: controller.signal }))).rejects.toThrow();
    }
  });

  it('seeds demo data through the same services, and every item exports it', async () => {
    const { dataSource, services } = server.warden;
    const demo = await buildCompany(dataSource, { name: 'さくら デモ', language: 'ja', timeZone: 'Asia/Tokyo' });
    const employees = [await buildEmployee(dataSource, demo.id, { name: '佐藤 陽翔' }), await buildEmployee(dataSource, demo.id, { name: '鈴木 結衣' })];
    await seedSourceDomainsDemo(services, demo, employees);
    const context = ctx({ companyId: demo.id, language: 'ja', timeZone: 'Asia/Tokyo', snapshotAt: new Date() });
    const paths: string[] = [];
    for (const item of ['ACCOUNTING_SLIPS', 'ACCOUNTING_VENDORS', 'HR_EMPLOYEE_LIST', 'HR_PROFILE_PHOTOS', 'BOARD_NOTICES'] as const) {
      const entries = await collect(source(item), context);
      expect(entries.length).toBe(await source(item).count(context));
      for (const entry of entries) {
        expect(entry.bytes.length).toBe(entry.size);
        if (entry.path[entry.path.length - 1].endsWith('.pdf')) expect(entry.bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
      }
      paths.push(...entries.map((entry) => entry.path.join('/')));
    }
    // Three closed slips (the fourth is in progress), each with one attachment.
    expect(sheetRows((await collect(source('ACCOUNTING_SLIPS'), { ...context, includeAttachments: false }))[0].bytes)).toHaveLength(4);
    expect(paths.filter((entry) => entry.startsWith('会計/伝票/') && entry.includes('_添付ファイル/'))).toHaveLength(3);
    expect(paths.filter((entry) => entry.startsWith('人事/プロフィール写真/'))).toHaveLength(2);
    expect(paths.filter((entry) => entry.startsWith('掲示板/お知らせ/') && entry.endsWith('.html'))).toHaveLength(2);
    expect(paths.filter((entry) => entry.includes('/画像/'))).toHaveLength(1);
  });

  it('fails naming the slip when an attachment’s file is missing from the storage', async () => {
    fs.rmSync(path.join(server.warden.config.filesDir, ...StoredFilesService.keyOf(company.id, files.memo.id).split('/')));
    await expect(collect(source('ACCOUNTING_SLIPS'), ctx())).rejects.toMatchObject({
      failure: { code: 'MISSING_FILE', params: { item: 'ACCOUNTING_SLIPS', document: 'S-0001', file: 'memo:1.txt' } },
    });
  });
});
