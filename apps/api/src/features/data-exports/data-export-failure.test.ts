import { dataExportFailureColumn, failureReasonText, missingFileFailure, renderDataExportFailure } from './data-export-failure';

describe('data export failure reasons (R45, R63)', () => {
  it('renders each code in ko, en and ja with the item and sizes localised', () => {
    const tooLarge = { code: 'FILE_TOO_LARGE', params: { file: '전자결재/A-1_첨부파일/video.mp4', bytes: 612_000_000, splitSize: 500_000_000 } } as const;
    expect(renderDataExportFailure(tooLarge, 'en')).toBe('The file "전자결재/A-1_첨부파일/video.mp4" (612 MB) does not fit a zip file of the split size 500 MB.');
    expect(renderDataExportFailure(tooLarge, 'ko')).toBe('파일 "전자결재/A-1_첨부파일/video.mp4"(612 MB)이(가) 분할 크기 500 MB의 zip 파일에 들어가지 않습니다.');
    const missing = missingFileFailure('HR_PROFILE_PHOTOS', '김민준', 'photo.png').failure;
    expect(renderDataExportFailure(missing, 'ja')).toBe('プロフィール写真 김민준: ファイル「photo.png」がファイルストレージにありません。');
    expect(renderDataExportFailure({ code: 'TIMED_OUT', params: { minutes: 720 } }, 'ko')).toBe('최대 작성 시간(720분)을 초과했습니다.');
    expect(renderDataExportFailure({ code: 'INTERNAL', params: { errorId: 'e-1' } }, 'en')).toBe('An error occurred while building the export (error ID: e-1).');
    expect(renderDataExportFailure({ code: 'ITEM_UNAVAILABLE', params: { item: 'BOARD_NOTICES' } }, 'ko')).toBe('공지사항 항목은 더 이상 내보낼 수 없습니다.');
  });

  it('stores a code with parameters (long texts cut) and reads plain text of older rows back as it was', () => {
    const stored = dataExportFailureColumn.to({ code: 'MISSING_FILE', params: { item: 'ACCOUNTING_SLIPS', document: 'S-1', file: 'x'.repeat(500) } }) as string;
    expect(stored.length).toBeLessThan(1000);
    const read = dataExportFailureColumn.from(stored);
    expect(read).toMatchObject({ code: 'MISSING_FILE', params: { document: 'S-1' } });
    expect(read.params.file).toHaveLength(200);
    expect(dataExportFailureColumn.from(null)).toBeNull();
    const legacy = dataExportFailureColumn.from('Slip S-9: the file "a.pdf" is missing from the file storage.');
    expect(failureReasonText(legacy, 'ko')).toBe('Slip S-9: the file "a.pdf" is missing from the file storage.');
    expect(failureReasonText(null, 'en')).toBeNull();
  });
});
