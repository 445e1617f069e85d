import type { Language } from './domain';

type Catalog = Record<string, Readonly<Record<Language, string>>>;

/**
 * Every user-visible label in ko, en and ja (R63). The SPA renders from it and the API uses it for
 * exported headers and file contents, so a label is translated once for both.
 * Keys are grouped by prefix: `menu.*`, `common.*`, `error.*`, then one prefix per feature.
 */
export const labels = {
  'app.title': { ko: 'Warden 보안', en: 'Warden Security', ja: 'Warden セキュリティ' },
  'menu.security': { ko: '보안', en: 'Security', ja: 'セキュリティ' },
  'menu.LOGIN_STATUS': { ko: '로그인 현황', en: 'Login status', ja: 'ログイン状況' },
  'menu.TWO_FACTOR_AUTHENTICATION': { ko: '2단계 인증 관리', en: 'Two-factor authentication', ja: '2段階認証管理' },
  'menu.SUPPORT_ACCESS': { ko: '고객지원 접근 허용', en: 'Support access', ja: 'サポートアクセス許可' },
  'menu.EXPORT_DATA': { ko: '데이터 내보내기', en: 'Export data', ja: 'データエクスポート' },
  'menu.APPROVAL_DOCUMENT_DELETION_STATUS': {
    ko: '결재 문서 삭제 현황',
    en: 'Approval document deletion status',
    ja: '承認文書削除状況',
  },
  'menu.PLEDGE_DELETION_STATUS': { ko: '서약서 삭제 현황', en: 'Pledge deletion status', ja: '誓約書削除状況' },

  'common.signIn': { ko: '로그인', en: 'Sign in', ja: 'ログイン' },
  'common.signOut': { ko: '로그아웃', en: 'Sign out', ja: 'ログアウト' },
  'common.loginId': { ko: '로그인 ID', en: 'Login ID', ja: 'ログインID' },
  'common.password': { ko: '비밀번호', en: 'Password', ja: 'パスワード' },
  'common.language': { ko: '언어', en: 'Language', ja: '言語' },
  'common.openMenu': { ko: '메뉴 열기', en: 'Open menu', ja: 'メニューを開く' },
  'common.loading': { ko: '불러오는 중…', en: 'Loading…', ja: '読み込み中…' },
  'common.retry': { ko: '다시 시도', en: 'Retry', ja: '再試行' },
  'common.graphiql': { ko: 'GraphiQL', en: 'GraphiQL', ja: 'GraphiQL' },
  'common.closeMenu': { ko: '메뉴 닫기', en: 'Close menu', ja: 'メニューを閉じる' },
  'common.goToSecurity': { ko: '보안 메뉴로 이동', en: 'Go to Security', ja: 'セキュリティへ移動' },
  'common.signedInAs': { ko: '로그인한 관리자', en: 'Signed-in admin', ja: 'ログイン中の管理者' },
  'common.company': { ko: '회사', en: 'Company', ja: '会社' },

  // Step-up codes (R21): the e-mail and the text message, in the company language.
  'stepUp.mail.subject': { ko: '[Warden] 추가 인증 코드', en: '[Warden] Your verification code', ja: '[Warden] 追加認証コード' },
  'stepUp.mail.body': {
    ko: '{name}님,\n\n관리 메뉴 추가 인증 코드는 {code} 입니다.\n이 코드는 {minutes}분 동안 유효하며 한 번만 사용할 수 있습니다.\n\n요청하지 않았다면 이 메일을 무시하고 보안 관리자에게 알려 주세요.',
    en: 'Hello {name},\n\nYour verification code for the admin menus is {code}.\nIt is valid for {minutes} minutes and can be used once.\n\nIf you did not ask for it, ignore this e-mail and tell your security administrator.',
    ja: '{name} 様\n\n管理メニューの追加認証コードは {code} です。\nこのコードは{minutes}分間有効で、1回のみ使用できます。\n\nお心当たりがない場合は、このメールを破棄し、セキュリティ管理者にお知らせください。',
  },
  'stepUp.sms.text': {
    ko: '[Warden] 추가 인증 코드 {code} ({minutes}분간 유효)',
    en: '[Warden] Verification code {code} (valid {minutes} min)',
    ja: '[Warden] 追加認証コード {code}（{minutes}分間有効）',
  },

  // Support access (R30, R31): the e-mails to the company's admins, in the company language.
  'supportAccess.mail.grantedSubject': {
    ko: '[Warden] 고객지원 접근이 허용되었습니다',
    en: '[Warden] Support access was granted',
    ja: '[Warden] サポートアクセスが許可されました',
  },
  'supportAccess.mail.grantedBody': {
    ko: '{company}의 관리자 {actor}님이 고객지원 담당자가 회사의 보안 데이터를 조회(변경 불가)하도록 허용했습니다.\n허용 기간: {until}\n\n모든 접근 기록은 보안 › 고객지원 접근 허용에서 확인할 수 있습니다.',
    en: '{actor}, an admin of {company}, allowed vendor support staff to read (never change) your company’s security data.\nAllowed: {until}\n\nEvery access is listed under Security › Support access.',
    ja: '{company} の管理者 {actor} さんが、サポート担当者による会社のセキュリティデータの閲覧（変更は不可）を許可しました。\n許可期間: {until}\n\nすべてのアクセス記録は セキュリティ › サポートアクセス許可 で確認できます。',
  },
  'supportAccess.mail.untilDate': { ko: '{date}까지', en: 'until {date}', ja: '{date} まで' },
  'supportAccess.mail.untilWithdrawn': {
    ko: '관리자가 철회할 때까지',
    en: 'until an admin withdraws it',
    ja: '管理者が取り消すまで',
  },
  'supportAccess.mail.withdrawnSubject': {
    ko: '[Warden] 고객지원 접근이 철회되었습니다',
    en: '[Warden] Support access was withdrawn',
    ja: '[Warden] サポートアクセスが取り消されました',
  },
  'supportAccess.mail.withdrawnBody': {
    ko: '{company}의 관리자 {actor}님이 고객지원 접근 허용을 철회했습니다. 고객지원 담당자는 더 이상 회사 데이터를 조회할 수 없습니다.',
    en: '{actor}, an admin of {company}, withdrew support access. Vendor support staff can no longer read your company’s data.',
    ja: '{company} の管理者 {actor} さんがサポートアクセスの許可を取り消しました。サポート担当者は会社のデータを閲覧できなくなりました。',
  },
  'supportAccess.mail.expiredBody': {
    ko: '{company}의 고객지원 접근 허용이 설정된 종료 시각({date})에 자동으로 철회되었습니다. 고객지원 담당자는 더 이상 회사 데이터를 조회할 수 없습니다.',
    en: 'Support access for {company} ended automatically at {date}, the end date set when it was granted. Vendor support staff can no longer read your company’s data.',
    ja: '{company} のサポートアクセス許可は、設定された終了日時（{date}）に自動的に取り消されました。サポート担当者は会社のデータを閲覧できなくなりました。',
  },

  // Language names are written in their own language (endonyms), whatever the UI language is.
  'language.ko': { ko: '한국어', en: '한국어', ja: '한국어' },
  'language.en': { ko: 'English', en: 'English', ja: 'English' },
  'language.ja': { ko: '日本語', en: '日本語', ja: '日本語' },

  'signIn.title': { ko: 'Warden 관리자 로그인', en: 'Sign in to Warden', ja: 'Warden 管理者ログイン' },
  'signIn.subtitle': {
    ko: '관리자 설정 › 보안 콘솔',
    en: 'Admin settings › Security console',
    ja: '管理者設定 › セキュリティコンソール',
  },

  'page.comingSoon': {
    ko: '이 페이지는 준비 중입니다.',
    en: 'This page is being built.',
    ja: 'このページは準備中です。',
  },
  'page.notFound': { ko: '페이지를 찾을 수 없습니다.', en: 'Page not found.', ja: 'ページが見つかりません。' },

  'security.unavailable.SECURITY_FEATURES_NOT_ENABLED': {
    ko: '보안 기능은 WORKS 승인을 신청하여 승인받은 후에 사용할 수 있습니다.',
    en: 'The security features are available after your company applies for and receives WORKS Approval.',
    ja: 'セキュリティ機能は、WORKS承認を申請し承認された後にご利用いただけます。',
  },
  'security.unavailable.NO_SECURITY_PERMISSION': {
    ko: '보안 메뉴를 볼 수 있는 관리자 권한이 없습니다.',
    en: 'Your admin role does not include the Security menus.',
    ja: 'セキュリティメニューを表示できる管理者権限がありません。',
  },
  'security.unavailable.title': {
    ko: '보안 메뉴를 사용할 수 없습니다',
    en: 'Security menus are unavailable',
    ja: 'セキュリティメニューを利用できません',
  },
  'security.welcome': {
    ko: '왼쪽 위 메뉴 버튼을 눌러 보안 메뉴를 여세요.',
    en: 'Open a Security menu with the menu button at the top left.',
    ja: '左上のメニューボタンからセキュリティメニューを開いてください。',
  },

  'error.UNAUTHENTICATED': { ko: '로그인이 필요합니다.', en: 'Please sign in.', ja: 'ログインしてください。' },
  'error.FORBIDDEN': {
    ko: '이 작업을 할 권한이 없습니다.',
    en: 'You do not have permission to do this.',
    ja: 'この操作を行う権限がありません。',
  },
  'error.BAD_USER_INPUT': { ko: '입력값을 확인하세요.', en: 'Please check your input.', ja: '入力内容を確認してください。' },
  'error.NOT_FOUND': { ko: '찾을 수 없습니다.', en: 'Not found.', ja: '見つかりません。' },
  'error.CONFLICT': {
    ko: '다른 변경과 충돌했습니다. 새로고침 후 다시 시도하세요.',
    en: 'This conflicts with another change. Reload and try again.',
    ja: '他の変更と競合しました。再読み込みしてもう一度お試しください。',
  },
  'error.INVALID_CREDENTIALS': {
    ko: '로그인 ID 또는 비밀번호가 올바르지 않습니다.',
    en: 'The login ID or password is incorrect.',
    ja: 'ログインIDまたはパスワードが正しくありません。',
  },
  'error.RATE_LIMITED': {
    ko: '시도 횟수가 너무 많습니다. 잠시 후 다시 시도하세요.',
    en: 'Too many attempts. Please wait and try again.',
    ja: '試行回数が多すぎます。しばらくしてからもう一度お試しください。',
  },
  'error.SECURITY_FEATURES_DISABLED': {
    ko: '보안 기능이 활성화되지 않은 회사입니다.',
    en: "Your company's security features are not enabled.",
    ja: 'セキュリティ機能が有効になっていない会社です。',
  },
  'error.STEP_UP_REQUIRED': { ko: '추가 인증이 필요합니다.', en: 'Additional authentication is required.', ja: '追加認証が必要です。' },
  'error.EXPORT_ALREADY_ACTIVE': {
    ko: '진행 중인 내보내기 요청이 이미 있습니다.',
    en: 'An export request is already active.',
    ja: '進行中のエクスポート要求がすでにあります。',
  },
  'error.QUERY_TOO_COMPLEX': {
    ko: '요청이 너무 복잡합니다.',
    en: 'The request is too complex.',
    ja: 'リクエストが複雑すぎます。',
  },
  'error.INTERNAL_SERVER_ERROR': {
    ko: '예기치 않은 오류가 발생했습니다.',
    en: 'Something went wrong on our side.',
    ja: '予期しないエラーが発生しました。',
  },
  'error.NETWORK': {
    ko: '서버에 연결할 수 없습니다.',
    en: 'Cannot reach the server.',
    ja: 'サーバーに接続できません。',
  },
  'loginRecords.sheetName': { ko: '로그인 기록', en: 'Login records', ja: 'ログイン記録' },
  'loginRecords.column.time': { ko: '일시', en: 'Time', ja: '日時' },
  'loginRecords.column.employee': { ko: '이름', en: 'Name', ja: '氏名' },
  'loginRecords.column.loginId': { ko: '로그인 ID', en: 'Login ID', ja: 'ログインID' },
  'loginRecords.column.result': { ko: '결과', en: 'Result', ja: '結果' },
  'loginRecords.column.failureReason': { ko: '실패 사유', en: 'Failure reason', ja: '失敗理由' },
  'loginRecords.column.environment': { ko: '로그인 환경', en: 'Login environment', ja: 'ログイン環境' },
  'loginRecords.column.ip': { ko: 'IP 주소', en: 'IP address', ja: 'IPアドレス' },
  'loginRecords.column.country': { ko: '국가', en: 'Country', ja: '国' },
  'loginRecords.column.userAgent': { ko: '사용자 에이전트', en: 'User agent', ja: 'ユーザーエージェント' },
  'loginRecords.column.suspicious': { ko: '의심 사유', en: 'Suspicious because', ja: '不審な理由' },
  'loginRecords.column.review': { ko: '검토 결과', en: 'Review', ja: 'レビュー結果' },
  'loginResult.SUCCESS': { ko: '성공', en: 'Success', ja: '成功' },
  'loginResult.FAILURE': { ko: '실패', en: 'Failure', ja: '失敗' },
  'loginResult.SUSPICIOUS': { ko: '의심', en: 'Suspicious', ja: '不審' },
  'loginFailureReason.WRONG_PASSWORD': { ko: '비밀번호 오류', en: 'Wrong password', ja: 'パスワード誤り' },
  'loginFailureReason.ACCOUNT_LOCKED': { ko: '계정 잠김', en: 'Account locked', ja: 'アカウントロック' },
  'loginFailureReason.SECOND_FACTOR_FAILED': { ko: '2단계 인증 실패', en: 'Second factor failed', ja: '2段階認証失敗' },
  'loginFailureReason.UNKNOWN_ACCOUNT': { ko: '없는 계정', en: 'Unknown account', ja: '存在しないアカウント' },
  'loginFailureReason.ACCOUNT_DISABLED': { ko: '비활성 계정', en: 'Account disabled', ja: '無効なアカウント' },
  'loginFailureReason.OTHER': { ko: '기타', en: 'Other', ja: 'その他' },
  'loginEnvironment.PC_WEB': { ko: 'PC 웹', en: 'PC web', ja: 'PCウェブ' },
  'loginEnvironment.PC_APP': { ko: 'PC 앱', en: 'PC app', ja: 'PCアプリ' },
  'loginEnvironment.MOBILE_WEB': { ko: '모바일 웹', en: 'Mobile web', ja: 'モバイルウェブ' },
  'loginEnvironment.IOS_APP': { ko: 'iOS 앱', en: 'iOS app', ja: 'iOSアプリ' },
  'loginEnvironment.ANDROID_APP': { ko: 'Android 앱', en: 'Android app', ja: 'Androidアプリ' },
  'loginEnvironment.API': { ko: 'API', en: 'API', ja: 'API' },
  'loginEnvironment.OTHER': { ko: '기타', en: 'Other', ja: 'その他' },
  'suspiciousRule.FAILURE_BURST': { ko: '연속 실패 후 성공', en: 'Failures, then success', ja: '連続失敗後の成功' },
  'suspiciousRule.NEW_COUNTRY': { ko: '새로운 국가', en: 'New country', ja: '新しい国' },
  'suspiciousRule.IMPOSSIBLE_TRAVEL': { ko: '불가능한 이동', en: 'Impossible travel', ja: '不可能な移動' },
  'loginReview.CONFIRMED_SAFE': { ko: '안전 확인', en: 'Confirmed safe', ja: '安全と確認' },
  'loginReview.CONFIRMED_COMPROMISED': { ko: '침해 확인', en: 'Confirmed compromised', ja: '侵害と確認' },

  // The Login status page (the SPA); the records' own labels above are shared with the Excel file.
  'loginStatus.description': {
    ko: '직원의 로그인 성공, 실패, 의심 로그인 기록을 확인합니다.',
    en: "Review your employees' successful, failed and suspicious sign-ins.",
    ja: '従業員のログイン成功・失敗・不審なログインの記録を確認します。',
  },
  'loginStatus.search.label': { ko: '로그인 기록 검색', en: 'Search login records', ja: 'ログイン記録の検索' },
  'loginStatus.field.employee': { ko: '직원', en: 'Employee', ja: '従業員' },
  'loginStatus.field.employeePlaceholder': { ko: '이름 또는 로그인 ID', en: 'Name or login ID', ja: '氏名またはログインID' },
  'loginStatus.field.allEnvironments': { ko: '전체 환경', en: 'All environments', ja: 'すべての環境' },
  'loginStatus.field.environmentsSelected': { ko: '{count}개 선택', en: '{count} selected', ja: '{count}件選択' },
  'loginStatus.field.ipPlaceholder': {
    ko: '192.0.2.10 또는 10.1.0.0/16',
    en: '192.0.2.10 or 10.1.0.0/16',
    ja: '192.0.2.10 または 10.1.0.0/16',
  },
  'loginStatus.field.period': { ko: '기간', en: 'Period', ja: '期間' },
  'loginStatus.field.from': { ko: '시작일', en: 'From', ja: '開始日' },
  'loginStatus.field.to': { ko: '종료일', en: 'To', ja: '終了日' },
  'loginStatus.retentionHint': {
    ko: '로그인 기록은 3개월간 보관됩니다',
    en: 'Records are kept for 3 months',
    ja: 'ログイン記録は3か月間保存されます',
  },
  'loginStatus.resultFilter.ALL': { ko: '전체', en: 'All', ja: 'すべて' },
  'loginStatus.resultFilter.SUSPICIOUS': { ko: '의심 로그인만', en: 'Suspicious only', ja: '不審なログインのみ' },
  'loginStatus.search': { ko: '검색', en: 'Search', ja: '検索' },
  'loginStatus.reset': { ko: '초기화', en: 'Reset', ja: 'リセット' },
  'loginStatus.download': { ko: '다운로드', en: 'Download', ja: 'ダウンロード' },
  'loginStatus.downloadHint': {
    ko: '검색 조건에 맞는 기록을 Excel 파일로 내려받습니다',
    en: 'Download the records that match the search as an Excel file',
    ja: '検索条件に一致する記録をExcelファイルでダウンロードします',
  },
  'loginStatus.count.one': { ko: '{count}건', en: '{count} record', ja: '{count}件' },
  'loginStatus.count.other': { ko: '{count}건', en: '{count} records', ja: '{count}件' },
  'loginStatus.count.capped': { ko: '{count}건 이상', en: '{count}+ records', ja: '{count}件以上' },
  'loginStatus.timeZoneNote': { ko: '{zone} 기준 시간', en: 'Times in {zone}', ja: '{zone} の時刻' },
  'loginStatus.empty.title': {
    ko: '조건에 맞는 로그인 기록이 없습니다',
    en: 'No login records match',
    ja: '条件に一致するログイン記録はありません',
  },
  'loginStatus.empty.hint': {
    ko: '기간을 늘리거나 검색 조건을 줄여 보세요.',
    en: 'Try a longer period or fewer conditions.',
    ja: '期間を広げるか、検索条件を減らしてください。',
  },
  'loginStatus.loadMore': { ko: '더 보기', en: 'Load more', ja: 'さらに表示' },
  'loginStatus.shown': { ko: '{total}건 중 {shown}건 표시', en: 'Showing {shown} of {total}', ja: '{total}件中 {shown}件を表示' },
  'loginStatus.column.details': { ko: '상세', en: 'Details', ja: '詳細' },
  'loginStatus.showDetails': { ko: '상세 보기', en: 'Show details', ja: '詳細を表示' },
  'loginStatus.hideDetails': { ko: '상세 닫기', en: 'Hide details', ja: '詳細を閉じる' },
  'loginStatus.unknownEmployee': { ko: '등록되지 않은 계정', en: 'No such employee', ja: '未登録のアカウント' },
  'loginStatus.review.pending': { ko: '검토 대기', en: 'Not reviewed', ja: '未レビュー' },
  'loginStatus.review.by': {
    ko: '{name} · {time}',
    en: 'By {name} · {time}',
    ja: '{name} · {time}',
  },
  'loginStatus.review.question': {
    ko: '본인의 로그인이 맞습니까? 확인 결과를 기록하세요.',
    en: 'Was this sign-in really the employee? Record what you found.',
    ja: '本人によるログインでしたか？確認結果を記録してください。',
  },
  'loginStatus.review.confirmSafe': { ko: '안전으로 확인', en: 'Confirm safe', ja: '安全と確認' },
  'loginStatus.review.confirmCompromised': { ko: '침해로 확인', en: 'Confirm compromised', ja: '侵害と確認' },
  'loginStatus.error.from': {
    ko: '로그인 기록은 3개월간 보관됩니다. {date} 이후 날짜를 선택하세요.',
    en: 'Records are kept for 3 months: choose {date} or later.',
    ja: 'ログイン記録は3か月間保存されます。{date} 以降の日付を選択してください。',
  },
  'loginStatus.error.to': {
    ko: '종료일은 시작일과 같거나 이후여야 합니다.',
    en: 'The end date must be on or after the start date.',
    ja: '終了日は開始日以降の日付にしてください。',
  },
  'loginStatus.error.ip': {
    ko: 'IP 주소(192.0.2.10) 또는 CIDR 대역(10.1.0.0/16)을 입력하세요.',
    en: 'Enter an IP address (192.0.2.10) or a CIDR block (10.1.0.0/16).',
    ja: 'IPアドレス（192.0.2.10）またはCIDRブロック（10.1.0.0/16）を入力してください。',
  },
  'loginStatus.error.employee': {
    ko: '일치하는 직원이 너무 많습니다. 이름을 더 입력하세요.',
    en: 'Too many employees match: type more of the name.',
    ja: '一致する従業員が多すぎます。氏名をもう少し入力してください。',
  },

  // Groupware services (Security › Two-factor authentication, audit log).
  'service.SECURITY': { ko: '보안', en: 'Security', ja: 'セキュリティ' },
  'service.APPROVAL': { ko: '전자결재', en: 'Approval', ja: '電子決裁' },
  'service.ACCOUNTING': { ko: '회계', en: 'Accounting', ja: '会計' },
  'service.PLEDGE': { ko: '서약서', en: 'Pledge', ja: '誓約書' },
  'service.HR': { ko: '인사', en: 'HR', ja: '人事' },
  'service.BOARD': { ko: '게시판', en: 'Board', ja: '掲示板' },
  'service.description.SECURITY': {
    ko: '로그인 현황, 2단계 인증 관리, 고객지원 접근 허용, 데이터 내보내기 등 보안 메뉴',
    en: 'Login status, two-factor authentication, support access, data export and the other Security menus',
    ja: 'ログイン状況、2段階認証管理、サポートアクセス許可、データエクスポートなどのセキュリティメニュー',
  },
  'service.description.APPROVAL': {
    ko: '전자결재 서비스의 관리 메뉴(양식, 결재선, 문서 관리)',
    en: 'Management menus of the Approval service (forms, approval lines, documents)',
    ja: '電子決裁サービスの管理メニュー（様式、決裁ライン、文書管理）',
  },
  'service.description.ACCOUNTING': {
    ko: '회계 서비스의 관리 메뉴(전표, 거래처, 계정)',
    en: 'Management menus of the Accounting service (slips, vendors, accounts)',
    ja: '会計サービスの管理メニュー（伝票、取引先、勘定科目）',
  },
  'service.description.PLEDGE': {
    ko: '서약서 서비스의 관리 메뉴(서약서 양식, 서명 현황)',
    en: 'Management menus of the Pledge service (pledge forms, signatures)',
    ja: '誓約書サービスの管理メニュー（誓約書様式、署名状況）',
  },
  'service.description.HR': {
    ko: '인사 서비스의 관리 메뉴(구성원, 조직, 인사 정보)',
    en: 'Management menus of the HR service (members, organization, personnel records)',
    ja: '人事サービスの管理メニュー（メンバー、組織、人事情報）',
  },
  'service.description.BOARD': {
    ko: '게시판 서비스의 관리 메뉴(게시판, 권한, 게시글 관리)',
    en: 'Management menus of the Board service (boards, permissions, posts)',
    ja: '掲示板サービスの管理メニュー（掲示板、権限、投稿管理）',
  },

  // Additional authentication (step-up) page (R21–R23).
  'stepUp.title': { ko: '추가 인증', en: 'Additional authentication', ja: '追加認証' },
  'stepUp.description': {
    ko: '이 메뉴는 2단계 인증으로 보호되어 있습니다. 본인 확인을 위해 인증 코드를 받을 곳을 선택하세요.',
    en: 'This menu is protected by two-factor authentication. Choose where to receive a verification code.',
    ja: 'このメニューは2段階認証で保護されています。本人確認のため、認証コードの受信先を選択してください。',
  },
  'stepUp.validity': {
    ko: '인증에 성공하면 30분 동안 보호된 모든 관리 메뉴를 다시 인증하지 않고 사용할 수 있습니다.',
    en: 'Once verified, it is valid for 30 minutes for all protected menus.',
    ja: '認証に成功すると、30分間は保護されたすべての管理メニューを再認証なしで利用できます。',
  },
  'stepUp.channel.label': { ko: '인증 코드 받을 곳', en: 'Send the code to', ja: '認証コードの受信先' },
  'stepUp.channel.EMAIL': { ko: '이메일', en: 'E-mail', ja: 'メール' },
  'stepUp.channel.SMS': { ko: '휴대폰 번호(SMS)', en: 'Mobile number (SMS)', ja: '携帯電話番号（SMS）' },
  'stepUp.noChannels': {
    ko: '인증 코드를 받을 이메일이나 휴대폰 번호가 등록되어 있지 않습니다. 최고 관리자에게 문의하세요.',
    en: 'No e-mail address or mobile number is registered to receive a code. Ask a super admin.',
    ja: '認証コードを受け取るメールアドレスや携帯電話番号が登録されていません。最高管理者にお問い合わせください。',
  },
  'stepUp.send': { ko: '인증 코드 받기', en: 'Send code', ja: '認証コードを送信' },
  'stepUp.resend': { ko: '코드 다시 받기', en: 'Resend', ja: 'コードを再送信' },
  'stepUp.sent': {
    ko: '{destination}(으)로 6자리 인증 코드를 보냈습니다. 코드는 {time}까지 유효합니다.',
    en: 'A 6-digit code was sent to {destination}. It works until {time}.',
    ja: '{destination} に6桁の認証コードを送信しました。コードは {time} まで有効です。',
  },
  'stepUp.code': { ko: '인증 코드', en: 'Verification code', ja: '認証コード' },
  'stepUp.codeHint': { ko: '받은 6자리 숫자를 입력하세요.', en: 'Enter the 6 digits you received.', ja: '受信した6桁の数字を入力してください。' },
  'stepUp.verify': { ko: '인증', en: 'Verify', ja: '認証' },
  'stepUp.cancel': { ko: '돌아가기', en: 'Go back', ja: '戻る' },
  'stepUp.error.invalidCode': {
    ko: '인증 코드가 올바르지 않거나 만료되었습니다. 확인 후 다시 입력하거나 새 코드를 받으세요.',
    en: 'The code is not valid or has expired. Check it, or request a new code.',
    ja: '認証コードが正しくないか、有効期限が切れています。確認して再入力するか、新しいコードを受け取ってください。',
  },
  'stepUp.error.rateLimited': {
    ko: '인증 코드를 너무 많이 요청했습니다. {minutes}분 후에 다시 시도하세요.',
    en: 'Too many codes were requested. Try again in {minutes} min.',
    ja: '認証コードの要求回数が多すぎます。{minutes}分後にもう一度お試しください。',
  },
  'stepUp.verified': {
    ko: '추가 인증이 완료되었습니다. {time}까지 유효합니다.',
    en: 'You are verified until {time}.',
    ja: '追加認証が完了しました。{time} まで有効です。',
  },
  'stepUp.continue': { ko: '계속', en: 'Continue', ja: '続ける' },
  'stepUp.notNeeded': {
    ko: '지금은 추가 인증이 필요하지 않습니다.',
    en: 'No additional authentication is needed right now.',
    ja: '現在、追加認証は必要ありません。',
  },
  'stepUp.authenticate': { ko: '인증하기', en: 'Authenticate', ja: '認証する' },

  // Security › Two-factor authentication (R20).
  'twoFactor.description': {
    ko: '서비스별로 관리 메뉴에 접근할 때 추가 인증(이메일 또는 SMS 인증 코드)을 요구할지 설정합니다.',
    en: 'Choose, per service, whether opening its management menus needs additional authentication (a code by e-mail or SMS).',
    ja: 'サービスごとに、管理メニューを開くときに追加認証（メールまたはSMSの認証コード）を求めるかを設定します。',
  },
  'twoFactor.services': { ko: '서비스', en: 'Services', ja: 'サービス' },
  'twoFactor.protect': { ko: '{service} 추가 인증 사용', en: 'Require additional authentication for {service}', ja: '{service} の追加認証を使用' },
  'twoFactor.on': { ko: '사용', en: 'On', ja: '使用' },
  'twoFactor.off': { ko: '사용 안 함', en: 'Off', ja: '使用しない' },
  'twoFactor.unsaved': { ko: '저장 안 됨', en: 'Not saved', ja: '未保存' },
  'twoFactor.save': { ko: '저장', en: 'Save', ja: '保存' },
  'twoFactor.discard': { ko: '변경 취소', en: 'Discard changes', ja: '変更を取り消す' },
  'twoFactor.saved': { ko: '저장되었습니다.', en: 'Saved.', ja: '保存しました。' },
  'twoFactor.validityNote': {
    ko: '추가 인증은 한 번 성공하면 30분 동안 보호된 모든 메뉴에 적용됩니다. 하나라도 보호 중이면 이 설정을 바꿀 때도 추가 인증이 필요합니다.',
    en: 'One successful verification is valid for 30 minutes for all protected menus. While any service is protected, changing these settings needs it too.',
    ja: '一度認証に成功すると、30分間は保護されたすべてのメニューに有効です。いずれかが保護されている間は、この設定の変更にも追加認証が必要です。',
  },
  // Security › Support access (R30, R31).
  'supportAccess.description': {
    ko: '고객지원 담당자가 문의 처리를 위해 회사의 보안 데이터를 조회(변경 불가)하도록 허용할지 설정합니다. 모든 접근은 아래에 기록됩니다.',
    en: 'Choose whether vendor support staff may read (never change) your company’s security data to handle an inquiry. Every access is listed below.',
    ja: 'サポート担当者が問い合わせ対応のために会社のセキュリティデータを閲覧（変更は不可）することを許可するかを設定します。すべてのアクセスは下に記録されます。',
  },
  'supportAccess.decision': { ko: '고객지원 접근', en: 'Support access', ja: 'サポートアクセス' },
  'supportAccess.agree': { ko: '동의', en: 'Agree', ja: '同意する' },
  'supportAccess.disagree': { ko: '동의 안 함', en: 'Do not agree', ja: '同意しない' },
  'supportAccess.endsAt': { ko: '종료일', en: 'End date', ja: '終了日' },
  'supportAccess.end.NONE': { ko: '철회할 때까지', en: 'Until withdrawn', ja: '取り消すまで' },
  'supportAccess.end.TODAY': { ko: '오늘', en: 'Today', ja: '今日' },
  'supportAccess.end.DAY1': { ko: '1일', en: '1 day', ja: '1日' },
  'supportAccess.end.DAY7': { ko: '7일', en: '7 days', ja: '7日' },
  'supportAccess.end.DATE': { ko: '날짜 지정', en: 'Pick a date', ja: '日付を指定' },
  'supportAccess.endDate': { ko: '종료 날짜', en: 'End day', ja: '終了日付' },
  'supportAccess.endHint': {
    ko: '선택한 날의 23:59:59({zone})에 자동으로 철회됩니다. 최대 90일까지 설정할 수 있습니다.',
    en: 'Withdrawn automatically at 23:59:59 that day ({zone}); at most 90 days ahead.',
    ja: '選択した日の23:59:59（{zone}）に自動的に取り消されます。最大90日先まで設定できます。',
  },
  'supportAccess.save': { ko: '저장', en: 'Save', ja: '保存' },
  'supportAccess.saved': { ko: '저장되었습니다.', en: 'Saved.', ja: '保存しました。' },
  'supportAccess.state.agreedUntil': {
    ko: '동의함 · {date}까지 ({name}, {grantedAt})',
    en: 'Agreed until {date} (by {name}, {grantedAt})',
    ja: '同意済み · {date} まで（{name}、{grantedAt}）',
  },
  'supportAccess.state.agreed': {
    ko: '동의함 · 철회할 때까지 ({name}, {grantedAt})',
    en: 'Agreed until withdrawn (by {name}, {grantedAt})',
    ja: '同意済み · 取り消すまで（{name}、{grantedAt}）',
  },
  'supportAccess.state.notAgreed': {
    ko: '동의하지 않음 · 고객지원 담당자의 모든 요청이 거부됩니다.',
    en: 'Not agreed: every request from support staff is refused.',
    ja: '同意していません。サポート担当者からのリクエストはすべて拒否されます。',
  },
  'supportAccess.log.title': { ko: '고객지원 접근 기록', en: 'Support staff requests', ja: 'サポートアクセス記録' },
  'supportAccess.log.empty': {
    ko: '고객지원 담당자의 요청이 없습니다.',
    en: 'Support staff have sent no requests.',
    ja: 'サポート担当者からのリクエストはありません。',
  },
  'supportAccess.log.time': { ko: '시각', en: 'Time', ja: '日時' },
  'supportAccess.log.who': { ko: '담당자', en: 'Support staff', ja: '担当者' },
  'supportAccess.log.operation': { ko: '요청', en: 'Operation', ja: 'リクエスト' },
  'supportAccess.log.result': { ko: '결과', en: 'Result', ja: '結果' },
  'supportAccess.log.allowed': { ko: '허용', en: 'Allowed', ja: '許可' },
  'supportAccess.log.refused': { ko: '거부', en: 'Refused', ja: '拒否' },

  // Security › Audit log (R60).
  'menu.AUDIT_LOG': { ko: '감사 로그', en: 'Audit log', ja: '監査ログ' },
  'auditLog.description': {
    ko: '관리자가 보안 메뉴에서 한 모든 작업(설정 변경, 다운로드, 고객지원 접근 등)의 기록입니다.',
    en: 'Every admin action in the Security menus: settings changed, downloads, support access and more.',
    ja: 'セキュリティメニューで管理者が行ったすべての操作（設定変更、ダウンロード、サポートアクセスなど）の記録です。',
  },
  'auditLog.field.actor': { ko: '수행자', en: 'Actor', ja: '実行者' },
  'auditLog.field.actorPlaceholder': { ko: '이름 일부', en: 'Part of a name', ja: '名前の一部' },
  'auditLog.column.time': { ko: '시각', en: 'Time', ja: '日時' },
  'auditLog.column.actor': { ko: '수행자', en: 'Actor', ja: '実行者' },
  'auditLog.column.action': { ko: '작업', en: 'Action', ja: '操作' },
  'auditLog.column.target': { ko: '대상', en: 'Target', ja: '対象' },
  'auditLog.column.ip': { ko: 'IP', en: 'IP', ja: 'IP' },
  'auditLog.empty': { ko: '조건에 맞는 기록이 없습니다', en: 'No audit events match', ja: '条件に一致する記録はありません' },
  'auditLog.details': { ko: '상세 정보', en: 'Details', ja: '詳細情報' },
  'auditLog.actorKind.ADMIN': { ko: '관리자', en: 'Admin', ja: '管理者' },
  'auditLog.actorKind.API_TOKEN': { ko: 'API 토큰', en: 'API token', ja: 'APIトークン' },
  'auditLog.actorKind.SUPPORT': { ko: '고객지원', en: 'Support', ja: 'サポート' },
  'auditLog.actorKind.SYSTEM': { ko: '시스템', en: 'System', ja: 'システム' },
  'auditAction.login_records.downloaded': { ko: '로그인 기록 다운로드', en: 'Login records downloaded', ja: 'ログイン記録のダウンロード' },
  'auditAction.login_record.reviewed': { ko: '의심 로그인 검토', en: 'Flagged login reviewed', ja: '不審なログインのレビュー' },
  'auditAction.login_rules.updated': { ko: '의심 로그인 기준 변경', en: 'Suspicious-login rules changed', ja: '不審ログイン基準の変更' },
  'auditAction.step_up.code_sent': { ko: '추가 인증 코드 발송', en: 'Step-up code sent', ja: '追加認証コードの送信' },
  'auditAction.step_up.verified': { ko: '추가 인증 성공', en: 'Step-up verified', ja: '追加認証の成功' },
  'auditAction.step_up.failed': { ko: '추가 인증 실패', en: 'Step-up failed', ja: '追加認証の失敗' },
  'auditAction.step_up.locked': { ko: '추가 인증 잠김', en: 'Step-up locked', ja: '追加認証のロック' },
  'auditAction.step_up.settings_changed': { ko: '2단계 인증 설정 변경', en: 'Two-factor settings changed', ja: '2段階認証設定の変更' },
  'auditAction.support_access.granted': { ko: '고객지원 접근 허용', en: 'Support access granted', ja: 'サポートアクセスの許可' },
  'auditAction.support_access.withdrawn': { ko: '고객지원 접근 철회', en: 'Support access withdrawn', ja: 'サポートアクセスの取り消し' },
  'auditAction.support_access.expired': { ko: '고객지원 접근 만료', en: 'Support access ended', ja: 'サポートアクセスの期限切れ' },
  'auditAction.support_access.changed': { ko: '고객지원 접근 변경', en: 'Support access changed', ja: 'サポートアクセスの変更' },
} as const satisfies Catalog;

export type LabelKey = keyof typeof labels;

/** The label in the given language; `params` fill `{name}` placeholders. */
export function t(language: Language, key: LabelKey, params?: Record<string, string | number>): string {
  let text: string = labels[key][language];
  if (params) for (const [name, value] of Object.entries(params)) text = text.replaceAll(`{${name}}`, String(value));
  return text;
}
